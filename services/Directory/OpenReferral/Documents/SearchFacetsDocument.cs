namespace Directory.Api.OpenReferral.Documents;

/// <summary>
/// Our extension to the <c>/services</c> page (<c>facets=true</c>): how many of all the results, not
/// only the page's, fall under each value. A service counts once under every value it has, so the
/// counts of a facet may add up to more than the total.
/// </summary>
public sealed record SearchFacetsDocument
{
    /// <summary>By taxonomy name (ncp-need, ncp-nel-priority, ncp-channel, ncp-referral-route, ncp-language, ncp-sector): its terms.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<TermFacetDocument>> TaxonomyTerms { get; init; }

    /// <summary>By <c>ncp-channel</c> code, the values the <c>channel</c> filter takes.</summary>
    public required IReadOnlyList<ValueFacetDocument> Channel { get; init; }

    /// <summary>By the name of a service area (a borough): who may use the service.</summary>
    public required IReadOnlyList<ValueFacetDocument> Borough { get; init; }
}
