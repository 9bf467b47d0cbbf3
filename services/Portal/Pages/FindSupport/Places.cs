using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>Where a service is, from its locations.</summary>
public static class Places
{
    /// <summary>
    /// "Newham: Central Park, High Street South, E6 3RW" for the first place with an address (and how
    /// many others there are); for a service with no address, how it is reached instead.
    /// </summary>
    public static string? Summarise(ServiceDocument service)
    {
        var addresses = PhysicalLocations(service)
            .Select(location => location.Addresses.FirstOrDefault())
            .OfType<AddressDocument>()
            .ToList();
        if (addresses.Count == 0)
        {
            return GettingHelp.Channels(service) is { } channels ? char.ToUpperInvariant(channels[0]) + channels[1..] : null;
        }

        var place = Place(addresses[0]);
        return addresses.Count switch
        {
            1 => place,
            2 => $"{place}, and 1 other place",
            _ => $"{place}, and {addresses.Count - 1} other places",
        };
    }

    /// <summary>One location's address in the same form, or its name when it has no address.</summary>
    public static string? Describe(LocationDocument location) =>
        location.Addresses.FirstOrDefault() is { } address ? Place(address) : location.Name;

    private static string Place(AddressDocument address)
    {
        // A postcode split over two lines is hard to read and to copy.
        var postcode = address.PostalCode?.Replace(' ', '\u00A0');
        var place = string.Join(", ", new[] { address.Address1, postcode }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return string.IsNullOrWhiteSpace(address.StateProvince) ? place : $"{address.StateProvince}: {place}";
    }

    private static IEnumerable<LocationDocument> PhysicalLocations(ServiceDocument service) =>
        service.ServiceAtLocations
            .Select(serviceAtLocation => serviceAtLocation.Location)
            .OfType<LocationDocument>()
            .Where(location => location.LocationType == "physical");

    /// <summary>The lines of an address as they are written on an envelope.</summary>
    public static IReadOnlyList<string> Lines(AddressDocument address) =>
        new[] { address.Address1, address.City, address.PostalCode }
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line!)
            .ToList();
}
