using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search.Index;

/// <summary>The index's answer: a page of ranked ids, how many services matched in all, and the facet counts when asked for.</summary>
public sealed record ServiceIndexResult(IReadOnlyList<ServiceIndexMatch> Page, int Total, SearchFacetsDocument? Facets);
