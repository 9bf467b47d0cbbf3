using Directory.Api.Geography;
using Directory.Api.OpeningHours;

namespace Directory.Api.Search.Index;

/// <summary>
/// What a search asks of a service besides its words and filter fields: where it is, when it is open,
/// how it sorts and what it is counted under. Made once per indexed version of the service and shared
/// by every request, so nothing here is read from the database at search time.
/// </summary>
internal sealed class IndexedService
{
    public required Guid Id { get; init; }

    /// <summary>The name lower-cased: "sort=name" compares these ordinally, then the ids.</summary>
    public required string SortName { get; init; }

    /// <summary>Only an active service can be open: a temporarily closed one is shut whatever its schedule says.</summary>
    public required bool IsActive { get; init; }

    public required IReadOnlyList<Coordinates> Places { get; init; }

    public required OpeningSchedule Opening { get; init; }

    public required IReadOnlyList<FacetValue> Facets { get; init; }

    /// <summary>The great-circle distance from the point to the nearest of the service's locations; null when it has none with coordinates.</summary>
    public double? NearestDistanceInMetres(double latitude, double longitude)
    {
        double? nearest = null;
        foreach (var place in Places)
        {
            var distance = GreatCircle.DistanceInMetres(latitude, longitude, place.Latitude, place.Longitude);
            if (nearest is null || distance < nearest)
            {
                nearest = distance;
            }
        }

        return nearest;
    }
}
