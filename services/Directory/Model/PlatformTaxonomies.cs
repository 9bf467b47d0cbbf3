namespace Directory.Api.Model;

/// <summary>
/// Our own taxonomies. What the product needs beyond the ORUK fields (how a service can be reached,
/// who may refer) travels as attributes in these vocabularies, so the feed stays valid ORUK.
/// </summary>
public static class PlatformTaxonomies
{
    public const string ReferralRoute = "ncp-referral-route";
    public const string Channel = "ncp-channel";
    public const string NelPriority = "ncp-nel-priority";
    public const string Sector = "ncp-sector";
    public const string Need = "ncp-need";
    public const string Language = "ncp-language";

    public static class ReferralRoutes
    {
        public const string SelfReferral = "self_referral";
        public const string ProfessionalReferral = "professional_referral";
    }
}
