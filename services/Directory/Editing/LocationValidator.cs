using Directory.Api.Geography;
using Directory.Api.OpenReferral.Documents;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>Where a service is delivered: the link, the place, its addresses (with UK postcodes) and accessibility.</summary>
public static class LocationValidator
{
    private static readonly string[] LocationTypes = ["physical", "postal", "virtual"];

    public static void ValidateServiceAtLocation(ServiceAtLocationDocument sal, string path, ValidationErrors errors)
    {
        RecordIds.RequireId(sal.Id, path, errors);
        if (sal.Location is null && sal.LocationId is null)
        {
            errors.Add(FieldPath.Of(path, "location"), "Describe the location, or give the location_id of one in the directory.");
        }

        if (sal.Location is { } location)
        {
            if (sal.LocationId is { } locationId && locationId != location.Id)
            {
                errors.Add(FieldPath.Of(path, "location_id"), "location_id and location.id name different locations.");
            }

            Validate(location, FieldPath.Of(path, "location"), errors);
        }
    }

    public static void Validate(LocationDocument location, string path, ValidationErrors errors)
    {
        RecordIds.RequireId(location.Id, path, errors);
        if (location.LocationType is null || !LocationTypes.Contains(location.LocationType))
        {
            errors.Add(FieldPath.Of(path, "location_type"), $"location_type is one of: {string.Join(", ", LocationTypes)}.");
        }

        if (location.Latitude is < -90 or > 90)
        {
            errors.Add(FieldPath.Of(path, "latitude"), "latitude is from -90 to 90.");
        }

        if (location.Longitude is < -180 or > 180)
        {
            errors.Add(FieldPath.Of(path, "longitude"), "longitude is from -180 to 180.");
        }

        if ((location.Latitude is null) != (location.Longitude is null))
        {
            errors.Add(FieldPath.Of(path, location.Latitude is null ? "latitude" : "longitude"), "Give both latitude and longitude, or neither.");
        }

        for (var i = 0; i < (location.Addresses?.Count ?? 0); i++)
        {
            ValidateAddress(location.Addresses![i], FieldPath.Item(path, "addresses", i), errors);
        }

        for (var i = 0; i < (location.Accessibility?.Count ?? 0); i++)
        {
            var access = location.Accessibility![i];
            var accessPath = FieldPath.Item(path, "accessibility", i);
            RecordIds.RequireId(access.Id, accessPath, errors);
            if (access.Url is { } url && !FieldRules.IsWebUrl(url))
            {
                errors.Add(FieldPath.Of(accessPath, "url"), "url is an http or https address.");
            }

            AttributeValidator.Validate(access.Attributes, accessPath, errors);
        }

        AttributeValidator.Validate(location.Attributes, path, errors);
    }

    private static void ValidateAddress(AddressDocument address, string path, ValidationErrors errors)
    {
        RecordIds.RequireId(address.Id, path, errors);
        Require(address.Address1, "address_1", "Give the first line of the address.");
        Require(address.City, "city", "Give the town or city.");
        Require(address.StateProvince, "state_province", "Give the county or borough.");
        Require(address.Country, "country", "Give the country code, GB.");
        if (address.Country is { Length: > 0 } country && !FieldRules.IsCountryCode(country))
        {
            errors.Add(FieldPath.Of(path, "country"), "country is a two-letter ISO 3166-1 code in capitals, GB.");
        }

        if (string.IsNullOrWhiteSpace(address.PostalCode))
        {
            errors.Add(FieldPath.Of(path, "postal_code"), "Give the postcode.");
        }
        else if (!UkPostcode.TryParse(address.PostalCode, out var postcode) || !postcode.IsFullPostcode)
        {
            errors.Add(FieldPath.Of(path, "postal_code"), $"'{address.PostalCode}' is not a full UK postcode (E6 2RT).");
        }

        if (address.AddressType is null || !LocationTypes.Contains(address.AddressType))
        {
            errors.Add(FieldPath.Of(path, "address_type"), $"address_type is one of: {string.Join(", ", LocationTypes)}.");
        }

        AttributeValidator.Validate(address.Attributes, path, errors);

        void Require(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(FieldPath.Of(path, field), message);
            }
        }
    }
}
