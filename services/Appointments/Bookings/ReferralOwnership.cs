namespace Appointments.Api.Bookings;

/// <summary>What Referrals says about a referral given with a booking.</summary>
public enum ReferralOwnership
{
    /// <summary>The referral is the person's, to the slot's service.</summary>
    Belongs,

    /// <summary>Another person's, another service's, or no such referral: Referrals does not say which.</summary>
    DoesNotBelong,

    /// <summary>Referrals did not answer within the deadline, or failed.</summary>
    Unanswered,
}
