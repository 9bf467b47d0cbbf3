namespace Directory.Api.OpenReferral.Documents;

/// <summary>How many results have a taxonomy term: its id (for <c>taxonomy_term_id</c>), code and name.</summary>
public sealed record TermFacetDocument
{
    public required Guid Id { get; init; }
    public required string Term { get; init; }
    public required string Name { get; init; }
    public required int Count { get; init; }
}
