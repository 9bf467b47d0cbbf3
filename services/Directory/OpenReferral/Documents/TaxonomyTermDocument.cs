namespace Directory.Api.OpenReferral.Documents;

public sealed record TaxonomyTermDocument
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public Guid? ParentId { get; init; }
    public string? Taxonomy { get; init; }
    public Guid? TaxonomyId { get; init; }
    public string? TermUri { get; init; }
    public string? Term { get; init; }
}
