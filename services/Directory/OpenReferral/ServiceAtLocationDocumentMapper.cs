using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.OpenReferral;

/// <summary>Turns a service delivered at a location into ORUK 3.0 documents.</summary>
public static class ServiceAtLocationDocumentMapper
{
    /// <summary>
    /// The shape <c>service_at_location_list.json</c> lists: the location's and the service's one-to-one
    /// fields, and the service's organisation.
    /// </summary>
    public static ServiceAtLocationDocument ToListItem(this ServiceAtLocation sal, double? distance = null) => new()
    {
        Id = sal.Id,
        ServiceId = sal.ServiceId,
        LocationId = sal.LocationId,
        Location = sal.Location.ToListItem(),
        Service = sal.Service.ToListItem(),
        Distance = distance,
    };

    /// <summary>The fully nested record, as <c>service_at_location_package.json</c> has it.</summary>
    public static ServiceAtLocationDocument ToDocument(this ServiceAtLocation sal, double? distance = null) => sal.ToListItem(distance) with
    {
        Location = sal.Location.ToDocument(),
        Service = sal.Service.ToDocumentWithoutLocations(),
    };
}
