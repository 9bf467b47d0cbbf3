using System.Text.Json.Serialization;

namespace Portal.Directory;

// The part of the Open Referral UK 3.0 feed the portal reads. The Directory omits what is unknown
// rather than sending null, so lists default to empty and optional values are nullable.

/// <summary>The ORUK paging envelope of <c>GET /services</c> and <c>GET /service_at_locations</c>.</summary>
public sealed record PageDocument<T>
{
    public required int TotalItems { get; init; }
    public required int TotalPages { get; init; }
    public IReadOnlyList<T> Contents { get; init; } = [];
}

public sealed record ServiceDocument
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Status { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public string? Fees { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? Alert { get; init; }
    public OrganizationDocument? Organization { get; init; }
    public IReadOnlyList<ScheduleDocument> Schedules { get; init; } = [];
    public IReadOnlyList<ServiceAreaDocument> ServiceAreas { get; init; } = [];
    public IReadOnlyList<ServiceAtLocationDocument> ServiceAtLocations { get; init; } = [];
    public IReadOnlyList<CostOptionDocument> CostOptions { get; init; } = [];
    public IReadOnlyList<ContactDocument> Contacts { get; init; } = [];
    public IReadOnlyList<AttributeDocument> Attributes { get; init; } = [];
}

public sealed record OrganizationDocument
{
    public required string Name { get; init; }
}

public sealed record ServiceAreaDocument
{
    public string? Name { get; init; }
}

/// <summary>
/// A service at one of its places. Nested in a service, it carries only the location; listed by
/// <c>GET /service_at_locations</c>, the service too, and after a search near a postcode the distance.
/// </summary>
public sealed record ServiceAtLocationDocument
{
    public required Guid Id { get; init; }
    public LocationDocument? Location { get; init; }
    public ServiceDocument? Service { get; init; }

    /// <summary>The Directory's extension: metres from the postcode searched near.</summary>
    public double? Distance { get; init; }
}

public sealed record LocationDocument
{
    public required Guid Id { get; init; }
    public required string LocationType { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<AddressDocument> Addresses { get; init; } = [];
    public IReadOnlyList<AccessibilityDocument> Accessibility { get; init; } = [];
}

public sealed record AddressDocument
{
    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? PostalCode { get; init; }
}

public sealed record AccessibilityDocument
{
    public string? Description { get; init; }
    public string? Details { get; init; }
}

/// <summary>An iCalendar-style recurrence: <c>freq</c>, <c>interval</c>, <c>byday</c> and the hours it is open.</summary>
public sealed record ScheduleDocument
{
    public Guid? ServiceAtLocationId { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Freq { get; init; }
    public int? Interval { get; init; }
    public string? Byday { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? Description { get; init; }
    public string? Notes { get; init; }
}

public sealed record CostOptionDocument
{
    public string? Option { get; init; }
    public decimal? Amount { get; init; }
    public string? AmountDescription { get; init; }
}

public sealed record ContactDocument
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<PhoneDocument> Phones { get; init; } = [];
}

public sealed record PhoneDocument
{
    public required string Number { get; init; }
    public string? Description { get; init; }
}

public sealed record AttributeDocument
{
    public TaxonomyTermDocument? TaxonomyTerm { get; init; }
}

/// <summary>A term with its code (<c>term</c>) and the name of the taxonomy it belongs to (<c>taxonomy</c>).</summary>
public sealed record TaxonomyTermDocument
{
    public required string Name { get; init; }
    public string? Taxonomy { get; init; }
    public string? Term { get; init; }
}
