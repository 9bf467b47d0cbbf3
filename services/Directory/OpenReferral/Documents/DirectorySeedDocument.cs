namespace Directory.Api.OpenReferral.Documents;

/// <summary>A directory dataset in ORUK shapes: the taxonomies, then full services.</summary>
public sealed record DirectorySeedDocument
{
    public IReadOnlyList<TaxonomyDocument> Taxonomies { get; init; } = [];
    public IReadOnlyList<ServiceDocument> Services { get; init; } = [];
}
