namespace Appointments.Api.Slots;

/// <summary>FHIR Slot.status codes this service uses.</summary>
public static class SlotStatus
{
    public const string Free = "free";
    public const string Busy = "busy";
}
