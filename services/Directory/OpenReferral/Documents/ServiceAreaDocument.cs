namespace Directory.Api.OpenReferral.Documents;

public sealed record ServiceAreaDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
    public string? Uri { get; init; }
    public string? ServiceArea { get; init; }
}
