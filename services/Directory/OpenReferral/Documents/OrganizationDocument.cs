namespace Directory.Api.OpenReferral.Documents;

public sealed record OrganizationDocument
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public string? Logo { get; init; }
    public string? Uri { get; init; }
    public Guid? ParentOrganizationId { get; init; }
    public IReadOnlyList<ServiceDocument>? Services { get; init; }
}
