namespace Appointments.Api.Slots;

/// <summary>A slot as the REST API shows it; times are UTC.</summary>
public sealed record SlotResponse(
    Guid Id,
    Guid ServiceId,
    Guid? LocationId,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Capacity,
    int PlacesLeft,
    string Status)
{
    public static SlotResponse From(Slot slot) => new(
        slot.Id, slot.ServiceId, slot.LocationId, slot.Start, slot.End, slot.Capacity, slot.PlacesLeft, slot.Status);
}
