namespace Directory.Api.Model;

/// <summary>A third-party identifier of an organisation: its charity number, company number or ODS code.</summary>
public sealed class OrganizationIdentifier : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid OrganizationId { get; set; }

    /// <summary>The org-id.guide scheme (<c>GB-CHC</c>, <c>GB-COH</c>), when there is one.</summary>
    public string? IdentifierScheme { get; set; }

    /// <summary>What the identifier is, in words ("Charity number"): ORUK requires it even when the scheme says so.</summary>
    public required string IdentifierType { get; set; }

    public required string Identifier { get; set; }
    public List<OtherAttribute> Attributes { get; set; } = [];
}
