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
    public IReadOnlyList<OrganizationIdentifierDocument>? OrganizationIdentifiers { get; init; }
    public IReadOnlyList<AttributeDocument>? Attributes { get; init; }

    /// <summary>The organisation's services, as the ORUK organisation package nests them.</summary>
    public IReadOnlyList<ServiceDocument>? Services { get; init; }

    /// <summary>Our extension: the feed an imported organisation came from.</summary>
    public ProvenanceDocument? Provenance { get; init; }
}
