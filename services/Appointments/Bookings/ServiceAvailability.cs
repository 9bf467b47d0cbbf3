namespace Appointments.Api.Bookings;

/// <summary>What the Directory says about a slot's service.</summary>
public enum ServiceAvailability
{
    Active,
    NotActive,
    NotFound,

    /// <summary>The Directory did not answer within the deadline, or failed.</summary>
    Unanswered,
}
