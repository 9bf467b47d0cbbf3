namespace Platform.Contracts.Events;

/// <summary>Codes for how a referral was made, as they travel in events.</summary>
public static class ReferralRoutes
{
    public const string Self = "self";
    public const string Professional = "professional";
}
