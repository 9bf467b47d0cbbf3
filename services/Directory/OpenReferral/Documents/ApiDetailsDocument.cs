namespace Directory.Api.OpenReferral.Documents;

/// <summary>The ORUK API details at the feed root; validators read <c>version</c> to pick the standard.</summary>
public sealed record ApiDetailsDocument
{
    public required string Version { get; init; }
    public required string Profile { get; init; }
    public required string OpenapiUrl { get; init; }
}
