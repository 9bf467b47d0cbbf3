namespace Directory.Api.Search.Index;

/// <summary>
/// One thing results are counted by: a taxonomy term (<see cref="Facet"/> is its taxonomy's name) or a
/// borough (<see cref="Facet"/> is <see cref="FacetCatalog.Borough"/>). Each is made once by the
/// <see cref="FacetCatalog"/> and numbered, so counting is an array increment per value.
/// </summary>
internal sealed record FacetValue(int Ordinal, string Facet, Guid? TermId, string Code, string Name);
