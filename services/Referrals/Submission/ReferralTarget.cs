using Platform.Contracts.Directory.V1;

namespace Referrals.Api.Submission;

/// <summary>What the Directory and Offers said about the service a referral is for.</summary>
public abstract record ReferralTarget
{
    private ReferralTarget()
    {
    }

    public sealed record Accepting(ServiceSummary Service) : ReferralTarget;

    public sealed record UnknownService : ReferralTarget;

    public sealed record Refusing(ServiceSummary Service, IReadOnlyList<IneligibilityReason> Reasons) : ReferralTarget;

    public sealed record NoPlacesLeft(ServiceSummary Service) : ReferralTarget;

    public sealed record DirectoryUnavailable : ReferralTarget;
}
