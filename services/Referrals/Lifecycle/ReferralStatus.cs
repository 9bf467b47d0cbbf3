namespace Referrals.Api.Lifecycle;

/// <summary>Referral states, named as FHIR Task statuses (BaRS, the Gravity SDOH referral loop).</summary>
public static class ReferralStatus
{
    public const string Requested = "requested";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Cancelled = "cancelled";
}
