using Directory.Api.Data;
using Directory.Api.Geography;
using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search.Index;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>
/// Finds services matching a query, one page at a time. The search index answers the query, its
/// filters and its order with the page's ids; only those records are then read from the database, in
/// the shape the page shows. No table is scanned.
/// </summary>
public sealed class ServiceSearch(DirectoryDbContext db, ServiceIndex index, TimeProvider clock)
{
    public async Task<(IReadOnlyList<ServiceMatch> Page, int Total, SearchFacetsDocument? Facets)> FindAsync(
        ServiceQuery query, GeocodeResult? place, CancellationToken cancellationToken)
    {
        var answer = index.Search(query, place, clock.GetUtcNow());
        var ids = answer.Page.Select(match => match.ServiceId).ToList();
        var matching = db.Services.AsNoTracking().Where(s => ids.Contains(s.Id));
        var shaped = query.Detail switch
        {
            // Only what the minimal row shows: a page of these may be thousands long.
            ServiceDetail.Minimal => matching.Select(s => new Service { Id = s.Id, Name = s.Name, Status = s.Status, LastModified = s.LastModified }),
            ServiceDetail.Full => matching.IncludePaths(RecordIncludes.ServicePaths),
            _ => matching.Include(s => s.Organization),
        };
        var records = await shaped.ToDictionaryAsync(s => s.Id, cancellationToken);

        // A service deleted since the index answered is left out rather than failing the page.
        var page = answer.Page
            .Where(match => records.ContainsKey(match.ServiceId))
            .Select(match => new ServiceMatch(records[match.ServiceId], match.Distance))
            .ToList();
        return (page, answer.Total, answer.Facets);
    }

    public Task<Service?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Services.AsNoTracking().IncludePaths(RecordIncludes.ServicePaths).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
}
