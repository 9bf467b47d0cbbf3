namespace Appointments.Api.Slots;

/// <summary>
/// A bookable time of a service (a FHIR Slot), with a number of places. <see cref="Booked"/> changes only
/// through conditional updates in the database, never by loading and saving the entity, so two
/// requests can never both take the last place.
/// </summary>
public sealed class Slot
{
    public Guid Id { get; init; }

    public Guid ServiceId { get; init; }

    /// <summary>Where it happens; null for phone and online appointments.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>UTC.</summary>
    public DateTime Start { get; init; }

    /// <summary>UTC.</summary>
    public DateTime End { get; init; }

    public int Capacity { get; init; }

    public int Booked { get; init; }

    public int PlacesLeft => Capacity - Booked;

    /// <summary>The FHIR slot status: free while a place is left, busy when full.</summary>
    public string Status => PlacesLeft > 0 ? SlotStatus.Free : SlotStatus.Busy;
}
