namespace Referrals.Api.Lifecycle;

/// <summary>Timeline entries that are not status changes: what happened around the referral.</summary>
public static class TimelineEvents
{
    public const string AppointmentBooked = "appointment-booked";
}
