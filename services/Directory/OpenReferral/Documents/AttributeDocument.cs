namespace Directory.Api.OpenReferral.Documents;

public sealed record AttributeDocument
{
    public required Guid Id { get; init; }
    public Guid? LinkId { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public string? LinkType { get; init; }
    public TaxonomyTermDocument? TaxonomyTerm { get; init; }
}
