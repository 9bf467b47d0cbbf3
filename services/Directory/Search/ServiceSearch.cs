using Directory.Api.Data;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>Finds services matching a query, one page at a time, loading only what the page's shape shows.</summary>
public sealed class ServiceSearch(DirectoryDbContext db)
{
    public async Task<(IReadOnlyList<Service> Page, int Total)> FindAsync(ServiceQuery query, CancellationToken cancellationToken)
    {
        var services = query.Filter.Apply(db.Services.AsNoTracking());
        var total = await services.CountAsync(cancellationToken);
        var ordered = services.OrderBy(s => s.Name).ThenBy(s => s.Id);
        var shaped = query.Detail switch
        {
            // Only what the minimal row shows: a page of these may be thousands long.
            ServiceDetail.Minimal => ordered.Select(s => new Service { Id = s.Id, Name = s.Name, Status = s.Status, LastModified = s.LastModified }),
            ServiceDetail.Full => ordered.IncludePaths(RecordIncludes.ServicePaths),
            _ => ordered.Include(s => s.Organization),
        };
        var page = await shaped.Skip(query.Page.Skip).Take(query.Page.PerPage).ToListAsync(cancellationToken);
        return (page, total);
    }

    public Task<Service?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Services.AsNoTracking().IncludePaths(RecordIncludes.ServicePaths).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
}
