using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.OpenReferral;

/// <summary>Turns locations into ORUK 3.0 documents: their own fields for lists, everything for records.</summary>
public static class LocationDocumentMapper
{
    /// <summary>The location's one-to-one fields, as the service-at-location list carries it.</summary>
    public static LocationDocument ToListItem(this Location location) => new()
    {
        Id = location.Id,
        LocationType = location.LocationType,
        Name = location.Name,
        Description = location.Description,
        Latitude = location.Latitude,
        Longitude = location.Longitude,
        ExternalIdentifier = location.ExternalIdentifier,
        ExternalIdentifierType = location.ExternalIdentifierType,
    };

    /// <summary>The location with its addresses, accessibility and attributes.</summary>
    public static LocationDocument ToDocument(this Location location) => location.ToListItem() with
    {
        Addresses = location.Addresses.InListedOrder().Select(address => new AddressDocument
        {
            Id = address.Id,
            LocationId = address.LocationId,
            Attention = address.Attention,
            Address1 = address.Address1,
            City = address.City,
            Region = address.Region,
            StateProvince = address.StateProvince,
            PostalCode = address.PostalCode,
            Country = address.Country,
            AddressType = address.AddressType,
            Attributes = address.Attributes.ToDocuments(),
        }).ToList(),
        Accessibility = location.Accessibility.InListedOrder().Select(access => new AccessibilityDocument
        {
            Id = access.Id,
            LocationId = access.LocationId,
            Description = access.Description,
            Details = access.Details,
            Url = access.Url,
            Accessibility = access.Provision,
            Attributes = access.Attributes.ToDocuments(),
        }).ToList(),
        Attributes = location.Attributes.ToDocuments(),
    };
}
