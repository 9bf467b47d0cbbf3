namespace Directory.Api.OpenReferral.Documents;

/// <summary>How many results have a value (a channel code, a borough's name).</summary>
public sealed record ValueFacetDocument
{
    public required string Value { get; init; }
    public required int Count { get; init; }
}
