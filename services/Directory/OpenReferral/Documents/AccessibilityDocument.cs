namespace Directory.Api.OpenReferral.Documents;

public sealed record AccessibilityDocument
{
    public required Guid Id { get; init; }
    public Guid? LocationId { get; init; }
    public string? Description { get; init; }
    public string? Details { get; init; }
    public string? Url { get; init; }
    public string? Accessibility { get; init; }
    public IReadOnlyList<AttributeDocument>? Attributes { get; init; }
}
