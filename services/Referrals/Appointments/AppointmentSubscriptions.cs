using Platform.Contracts.Events;
using Platform.Messaging;
using Referrals.Api.Data;
using Referrals.Api.Lifecycle;

namespace Referrals.Api.Appointments;

/// <summary>Closes the loop: when a booking answers a referral, the referral shows the appointment.</summary>
public static class AppointmentSubscriptions
{
    public static IEndpointRouteBuilder MapAppointmentSubscriptions(this IEndpointRouteBuilder app)
    {
        app.MapEventSubscription<AppointmentBooked, ReferralsDbContext>(Topics.AppointmentBooked, RecordAppointmentAsync);
        return app;
    }

    private static async Task<SubscriberOutcome> RecordAppointmentAsync(
        AppointmentBooked booked, ReferralsDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (booked.ReferralId is not { } referralId)
        {
            return SubscriberOutcome.Success;
        }

        var referral = await db.Referrals.FindAsync([referralId], cancellationToken);
        if (referral is null)
        {
            return SubscriberOutcome.Drop;
        }

        referral.AppointmentId = booked.AppointmentId;
        referral.AppointmentStart = booked.Start.UtcDateTime;
        referral.UpdatedAt = booked.OccurredAt.UtcDateTime;
        db.Set<ReferralStatusChange>().Add(new ReferralStatusChange
        {
            ReferralId = referral.Id,
            At = booked.OccurredAt.UtcDateTime,
            Status = TimelineEvents.AppointmentBooked,
            BySubject = "appointments",
        });
        return SubscriberOutcome.Success;
    }
}
