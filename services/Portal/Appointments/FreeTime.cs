namespace Portal.Appointments;

/// <summary>A time of a service with a place left to book.</summary>
/// <param name="LocationId">The Directory location it happens at; null for phone and online appointments.</param>
public sealed record FreeTime(DateTimeOffset Start, DateTimeOffset End, int PlacesLeft, Guid? LocationId);
