namespace Directory.Api.Model;

/// <summary>An ORUK service: something a person can use, with who may use it, where and when.</summary>
public sealed class Service
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string Status { get; set; } = ServiceStatus.Active;
    public string? Fees { get; set; }
    public string? Accreditations { get; set; }
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public DateOnly? AssuredDate { get; set; }
    public string? AssurerEmail { get; set; }
    public string? Alert { get; set; }
    public DateTime LastModified { get; set; }

    /// <summary>
    /// Counts the changes to this entry's document, from 1. Editors send it back (as the ETag) with an
    /// edit, so an edit based on an older version is refused rather than silently undoing another.
    /// </summary>
    public int Version { get; set; } = 1;

    /// <summary>Set when the entry is imported from another directory's feed; null when it is edited here.</summary>
    public Provenance? Provenance { get; set; }

    public List<ServiceAtLocation> ServiceAtLocations { get; set; } = [];
    public List<Schedule> Schedules { get; set; } = [];
    public List<CostOption> CostOptions { get; set; } = [];
    public List<Contact> Contacts { get; set; } = [];
    public List<ServiceArea> ServiceAreas { get; set; } = [];
    public List<Language> Languages { get; set; } = [];
    public List<ServiceAttribute> Attributes { get; set; } = [];
    public List<Funding> Funding { get; set; } = [];

    public bool HasTerm(string taxonomy, string term) =>
        Attributes.Any(a => a.TaxonomyTerm.Taxonomy.Name == taxonomy && a.TaxonomyTerm.Code == term);
}
