namespace Directory.Api.Search.Index;

/// <summary>The fields of a service's document in the search index, and what each is for.</summary>
internal static class IndexFields
{
    /// <summary>The service id ("D" format), indexed untokenised so a change replaces or deletes its document by it.</summary>
    public const string Id = "id";

    /// <summary>The service id's 16 bytes as a doc value: read per hit to find the service's <see cref="IndexedService"/>.</summary>
    public const string IdBytes = "id_bytes";

    /// <summary>The name, stemmed: matches here weigh most.</summary>
    public const string Name = "name";

    /// <summary>The whole name, lower-cased, folded and single-spaced: a search for exactly it ranks that service first.</summary>
    public const string ExactName = "name_exact";

    public const string Description = "description";

    /// <summary>The names of the service's taxonomy terms (its needs, priorities, channels, routes, languages, sector), stemmed.</summary>
    public const string TermNames = "term_names";

    /// <summary>The name unstemmed: what a misspelt word is compared with (a misspelling has no reliable stem).</summary>
    public const string PlainName = "name_plain";

    /// <summary>The description and term names unstemmed, for misspelt words too.</summary>
    public const string PlainBody = "body_plain";

    public const string TermId = "term_id";
    public const string TaxonomyId = "taxonomy_id";
    public const string OrganizationId = "organization_id";

    /// <summary>Last modified, as UTC ticks.</summary>
    public const string LastModified = "last_modified";

    /// <summary>The minimum age, 0 when the service sets none.</summary>
    public const string MinimumAge = "minimum_age";

    /// <summary>The maximum age, <see cref="int.MaxValue"/> when the service sets none.</summary>
    public const string MaximumAge = "maximum_age";

    /// <summary>An <c>ncp-channel</c> code per channel.</summary>
    public const string Channel = "channel";

    /// <summary>An <c>ncp-language</c> code per language.</summary>
    public const string Language = "language";

    /// <summary>An <c>ncp-referral-route</c> code per route the service accepts.</summary>
    public const string ReferralRoute = "referral_route";

    /// <summary>"true" for a service that costs nothing (see <see cref="IndexEntryFactory"/> for the rule).</summary>
    public const string Free = "free";

    /// <summary>A service area's name, lower-cased (our areas are councils).</summary>
    public const string Area = "area";

    /// <summary>"false" for a service that states no area: the postcode rule does not exclude it.</summary>
    public const string HasArea = "has_area";

    /// <summary>Each location's latitude and longitude: a bounding box narrows a radius search before exact distances.</summary>
    public const string Latitude = "latitude";

    public const string Longitude = "longitude";

    public const string True = "true";
    public const string False = "false";
}
