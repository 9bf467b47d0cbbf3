using Directory.Api.Data;
using Directory.Api.Geography;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>
/// Finds where services are delivered: the ORUK service filters, in a postcode's council, near it.
/// A page is counted and cut in the database, except by distance: see <see cref="RankByDistanceAsync"/>.
/// </summary>
public sealed class ServiceAtLocationSearch(DirectoryDbContext db)
{
    public async Task<(IReadOnlyList<ServiceAtLocationMatch> Page, int Total)> FindAsync(
        ServiceAtLocationQuery query, GeocodeResult? place, CancellationToken cancellationToken)
    {
        var matches = Filter(query, place);
        if (place is not null && query.ProximityInMetres is { } radius)
        {
            var ranked = await RankByDistanceAsync(matches, place, radius, cancellationToken);
            var pageRanks = ranked.Skip(query.Page.Skip).Take(query.Page.PerPage).ToList();
            var ids = pageRanks.Select(rank => rank.Id).ToList();
            var rows = await Shaped(db.ServiceAtLocations.AsNoTracking().Where(s => ids.Contains(s.Id)), query.Full)
                .ToDictionaryAsync(s => s.Id, cancellationToken);
            return (pageRanks.Select(rank => new ServiceAtLocationMatch(rows[rank.Id], rank.Distance)).ToList(), ranked.Count);
        }

        var total = await matches.CountAsync(cancellationToken);
        var page = await Shaped(matches.OrderBy(s => s.Service.Name).ThenBy(s => s.Id), query.Full)
            .Skip(query.Page.Skip).Take(query.Page.PerPage)
            .ToListAsync(cancellationToken);
        return (page.Select(s => new ServiceAtLocationMatch(s, null)).ToList(), total);
    }

    public Task<ServiceAtLocation?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Shaped(db.ServiceAtLocations.AsNoTracking(), full: true).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    private IQueryable<ServiceAtLocation> Filter(ServiceAtLocationQuery query, GeocodeResult? place)
    {
        var matches = db.ServiceAtLocations.AsNoTracking();
        var serviceFilter = query.Filter with { Text = null };
        if (!serviceFilter.IsEmpty)
        {
            var services = serviceFilter.Apply(db.Services);
            matches = matches.Where(sal => services.Any(s => s.Id == sal.ServiceId));
        }

        if (query.Filter.Text is { } text)
        {
            // The service's words, or the name of the place it is delivered at.
            var services = new ServiceFilter { Text = text }.Apply(db.Services);
            var pattern = LikePattern.Containing(text);
            matches = matches.Where(sal =>
                services.Any(s => s.Id == sal.ServiceId) ||
                EF.Functions.Like(sal.Location.Name!.ToLower(), pattern, LikePattern.Escape));
        }

        // ORUK: where a service states its area, the postcode must lie in it. Our areas are councils,
        // so the postcode's council must be one of them; a service that states none is not excluded.
        if (place?.LocalAuthority is { } council)
        {
            var councilName = council.ToLowerInvariant();
            matches = matches.Where(sal =>
                !sal.Service.ServiceAreas.Any() ||
                sal.Service.ServiceAreas.Any(area => area.Name!.ToLower() == councilName));
        }

        return matches;
    }

    /// <summary>
    /// Every match within <paramref name="radius"/> metres of the place, nearest first. The database
    /// keeps the rows inside the bounding box (an indexed range) and returns only their ids and
    /// coordinates; the exact great-circle distance is computed here, identically for both engines,
    /// so the count and the page are exact. The box is bounded by the maximum proximity.
    /// </summary>
    private static async Task<List<(Guid Id, double Distance)>> RankByDistanceAsync(
        IQueryable<ServiceAtLocation> matches, GeocodeResult place, int radius, CancellationToken cancellationToken)
    {
        var box = BoundingBox.Around(place.Latitude, place.Longitude, radius);
        var candidates = await matches
            .Where(sal => sal.Location.Latitude >= box.MinLatitude && sal.Location.Latitude <= box.MaxLatitude &&
                          sal.Location.Longitude >= box.MinLongitude && sal.Location.Longitude <= box.MaxLongitude)
            .Select(sal => new { sal.Id, Latitude = sal.Location.Latitude!.Value, Longitude = sal.Location.Longitude!.Value })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => (c.Id, Distance: GreatCircle.DistanceInMetres(place.Latitude, place.Longitude, c.Latitude, c.Longitude)))
            .Where(c => c.Distance <= radius)
            .OrderBy(c => c.Distance).ThenBy(c => c.Id)
            // Whole metres: the postcode is placed at a centroid, so finer would be false precision.
            .Select(c => (c.Id, Math.Round(c.Distance)))
            .ToList();
    }

    private static IQueryable<ServiceAtLocation> Shaped(IQueryable<ServiceAtLocation> matches, bool full) => full
        ? matches.IncludePaths([
            .. RecordIncludes.Under(nameof(ServiceAtLocation.Location), RecordIncludes.LocationPaths),
            .. RecordIncludes.Under(nameof(ServiceAtLocation.Service), RecordIncludes.ServiceWithoutLocationsPaths)])
        : matches.Include(s => s.Location).Include(s => s.Service).ThenInclude(s => s.Organization);
}
