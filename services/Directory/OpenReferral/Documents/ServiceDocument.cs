namespace Directory.Api.OpenReferral.Documents;

/// <summary>An ORUK 3.0 service as it travels in the feed (snake_case JSON, nulls omitted).</summary>
public sealed record ServiceDocument
{
    public required Guid Id { get; init; }
    public Guid? OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? Fees { get; init; }
    public string? Accreditations { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? AssuredDate { get; init; }
    public string? AssurerEmail { get; init; }
    public string? Alert { get; init; }
    public DateTime? LastModified { get; init; }
    public IReadOnlyList<ScheduleDocument>? Schedules { get; init; }
    public IReadOnlyList<ServiceAreaDocument>? ServiceAreas { get; init; }
    public IReadOnlyList<ServiceAtLocationDocument>? ServiceAtLocations { get; init; }
    public IReadOnlyList<LanguageDocument>? Languages { get; init; }
    public OrganizationDocument? Organization { get; init; }
    public IReadOnlyList<FundingDocument>? Funding { get; init; }
    public IReadOnlyList<CostOptionDocument>? CostOptions { get; init; }
    public IReadOnlyList<ContactDocument>? Contacts { get; init; }
    public IReadOnlyList<AttributeDocument>? Attributes { get; init; }

    /// <summary>Our extension: after a search with a postcode, the distance in metres to the service's nearest location.</summary>
    public double? Distance { get; init; }

    /// <summary>Our extension: the feed an imported service came from.</summary>
    public ProvenanceDocument? Provenance { get; init; }
}
