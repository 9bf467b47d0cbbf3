using Directory.Api.Model;
using Platform.Contracts.Directory.V1;

namespace Directory.Api.Eligibility;

/// <summary>Who may be referred to a service, and by which route: the rules behind CheckEligibility.</summary>
public static class EligibilityRules
{
    public static IReadOnlyList<IneligibilityReason> ReasonsAgainst(Service service, ReferralRoute route, int? age)
    {
        var reasons = new List<IneligibilityReason>();
        if (service.Status != ServiceStatus.Active)
        {
            reasons.Add(Reason("service_not_active", $"The service is {service.Status}."));
        }

        if (route != ReferralRoute.Unspecified && !service.AcceptedRoutes().Contains(route))
        {
            reasons.Add(Reason("route_not_accepted", route == ReferralRoute.Self
                ? "The service does not accept self-referrals; a professional must refer."
                : "The service does not accept professional referrals."));
        }

        if (age is { } years && service.MinimumAge is { } minimum && years < minimum)
        {
            reasons.Add(Reason("below_minimum_age", $"The service is for people aged {minimum} and over."));
        }

        if (age is { } older && service.MaximumAge is { } maximum && older > maximum)
        {
            reasons.Add(Reason("above_maximum_age", $"The service is for people aged up to {maximum}."));
        }

        return reasons;
    }

    public static IReadOnlyList<ReferralRoute> AcceptedRoutes(this Service service)
    {
        var routes = new List<ReferralRoute>();
        if (service.HasTerm(PlatformTaxonomies.ReferralRoute, PlatformTaxonomies.ReferralRoutes.SelfReferral))
        {
            routes.Add(ReferralRoute.Self);
        }

        if (service.HasTerm(PlatformTaxonomies.ReferralRoute, PlatformTaxonomies.ReferralRoutes.ProfessionalReferral))
        {
            routes.Add(ReferralRoute.Professional);
        }

        return routes;
    }

    private static IneligibilityReason Reason(string code, string message) => new() { Code = code, Message = message };
}
