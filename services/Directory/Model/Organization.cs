namespace Directory.Api.Model;

/// <summary>An ORUK organization: the body (charity, council team, NHS trust, practice) that runs services.</summary>
public sealed class Organization
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Logo { get; set; }
    public string? Uri { get; set; }
    public Guid? ParentOrganizationId { get; set; }
    public DateTime LastModified { get; set; }

    /// <summary>Set when the organisation is imported from another directory's feed; null when it is kept here.</summary>
    public Provenance? Provenance { get; set; }

    public List<OrganizationIdentifier> OrganizationIdentifiers { get; set; } = [];
    public List<OtherAttribute> Attributes { get; set; } = [];
    public List<Service> Services { get; set; } = [];
}
