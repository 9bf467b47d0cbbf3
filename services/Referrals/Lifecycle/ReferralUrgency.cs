namespace Referrals.Api.Lifecycle;

public static class ReferralUrgency
{
    public const string Routine = "routine";
    public const string Urgent = "urgent";

    public static readonly IReadOnlyList<string> All = [Routine, Urgent];
}
