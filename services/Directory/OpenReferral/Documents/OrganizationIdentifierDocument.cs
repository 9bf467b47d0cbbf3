namespace Directory.Api.OpenReferral.Documents;

public sealed record OrganizationIdentifierDocument
{
    public required Guid Id { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? IdentifierScheme { get; init; }
    public required string IdentifierType { get; init; }
    public required string Identifier { get; init; }
    public IReadOnlyList<AttributeDocument>? Attributes { get; init; }
}
