using Portal.Directory;
using static Portal.Directory.PlatformTaxonomies;

namespace Portal.Pages.FindSupport;

/// <summary>
/// How someone gets help from a service: who may refer them (its <c>ncp-referral-route</c> terms) and
/// the ways it is delivered (its <c>ncp-channel</c> terms).
/// </summary>
public static class GettingHelp
{
    public const string SelfReferral = "You can refer yourself";
    public const string ProfessionalReferralOnly = "A professional must refer you";

    public static bool AcceptsSelfReferral(ServiceDocument service) =>
        service.HasTerm(ReferralRoute, ReferralRoutes.SelfReferral);

    public static bool AcceptsProfessionalReferral(ServiceDocument service) =>
        service.HasTerm(ReferralRoute, ReferralRoutes.ProfessionalReferral);

    /// <summary>The one line a search result shows, or null when the Directory does not say.</summary>
    public static string? Summarise(ServiceDocument service) =>
        AcceptsSelfReferral(service) ? SelfReferral
        : AcceptsProfessionalReferral(service) ? ProfessionalReferralOnly
        : null;

    /// <summary>"face to face, by phone or online", from its <c>ncp-channel</c> terms; null when none is given.</summary>
    public static string? Channels(ServiceDocument service)
    {
        var channels = service.TermsIn(Channel)
            .Select(term => term.Term switch
            {
                "in_person" => "face to face",
                "phone" => "by phone",
                "online" => "online",
                _ => term.Name.ToLowerInvariant(),
            })
            .Distinct()
            .ToList();
        return channels.Count switch
        {
            0 => null,
            1 => channels[0],
            _ => $"{string.Join(", ", channels[..^1])} or {channels[^1]}",
        };
    }
}
