namespace Directory.Api.OpenReferral.Documents;

public sealed record TaxonomyDocument
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Uri { get; init; }
    public string? Version { get; init; }
    public IReadOnlyList<TaxonomyTermDocument>? TaxonomyTerms { get; init; }
}
