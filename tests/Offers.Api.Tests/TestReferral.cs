using Platform.Contracts.Events;

namespace Offers.Api.Tests;

/// <summary>A referral to a demo service, and the events Referrals publishes about it (ids and codes only).</summary>
public sealed record TestReferral(DemoService Service)
{
    public Guid Id { get; } = Guid.NewGuid();

    public ReferralSubmitted Submitted() => new()
    {
        ReferralId = Id,
        ServiceId = Service.Id,
        OrganizationId = Service.OrganizationId,
        Route = ReferralRoutes.Professional,
    };

    public ReferralAccepted Accepted() => new()
    {
        ReferralId = Id,
        ServiceId = Service.Id,
        OrganizationId = Service.OrganizationId,
    };

    public ReferralDeclined Declined() => new()
    {
        ReferralId = Id,
        ServiceId = Service.Id,
        OrganizationId = Service.OrganizationId,
        ReasonCode = "no-capacity",
    };
}
