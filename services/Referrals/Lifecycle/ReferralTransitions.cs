namespace Referrals.Api.Lifecycle;

/// <summary>The moves a referral may make, and the record of each.</summary>
public static class ReferralTransitions
{
    public static bool CanTriage(this Referral referral) => referral.Status == ReferralStatus.Requested;

    public static void MoveTo(this Referral referral, string status, string bySubject, DateTime at, string? reasonCode = null)
    {
        referral.Status = status;
        referral.UpdatedAt = at;
        referral.Version++;
        referral.History.Add(new ReferralStatusChange
        {
            ReferralId = referral.Id,
            At = at,
            Status = status,
            BySubject = bySubject,
            ReasonCode = reasonCode,
        });
    }
}
