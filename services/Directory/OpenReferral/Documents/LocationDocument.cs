namespace Directory.Api.OpenReferral.Documents;

public sealed record LocationDocument
{
    public required Guid Id { get; init; }
    public required string LocationType { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ExternalIdentifier { get; init; }
    public string? ExternalIdentifierType { get; init; }
    public IReadOnlyList<AddressDocument>? Addresses { get; init; }
    public IReadOnlyList<AccessibilityDocument>? Accessibility { get; init; }
    public IReadOnlyList<AttributeDocument>? Attributes { get; init; }
}
