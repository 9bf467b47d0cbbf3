namespace Portal.Directory;

/// <summary>
/// The Directory's own vocabularies. What the product needs beyond the ORUK fields travels as a
/// service's attributes in these taxonomies; the nested term names its taxonomy and carries a code.
/// </summary>
public static class PlatformTaxonomies
{
    public const string ReferralRoute = "ncp-referral-route";
    public const string Channel = "ncp-channel";
    public const string Language = "ncp-language";

    public static class ReferralRoutes
    {
        public const string SelfReferral = "self_referral";
        public const string ProfessionalReferral = "professional_referral";
    }

    /// <summary>The service's terms in one taxonomy, in the order the Directory lists them.</summary>
    public static IEnumerable<TaxonomyTermDocument> TermsIn(this ServiceDocument service, string taxonomy) =>
        service.Attributes
            .Select(attribute => attribute.TaxonomyTerm)
            .OfType<TaxonomyTermDocument>()
            .Where(term => term.Taxonomy == taxonomy);

    public static bool HasTerm(this ServiceDocument service, string taxonomy, string code) =>
        service.TermsIn(taxonomy).Any(term => term.Term == code);
}
