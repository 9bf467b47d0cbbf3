using Directory.Api.Data;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>Finds services matching a query, one page at a time, with everything the feed shows.</summary>
public sealed class ServiceSearch(DirectoryDbContext db)
{
    public async Task<(IReadOnlyList<Service> Page, int Total)> FindAsync(ServiceQuery query, CancellationToken cancellationToken)
    {
        var services = db.Services.AsNoTracking();

        if (query.Text is { } text)
        {
            var pattern = "%" + EscapeLike(text.ToLowerInvariant()) + "%";
            services = services.Where(s =>
                EF.Functions.Like(s.Name.ToLower(), pattern, "\\") ||
                EF.Functions.Like(s.Description!.ToLower(), pattern, "\\") ||
                s.Attributes.Any(a => EF.Functions.Like(a.TaxonomyTerm.Name.ToLower(), pattern, "\\")));
        }

        if (query.TaxonomyTermId is { } termId)
        {
            services = services.Where(s => s.Attributes.Any(a => a.TaxonomyTermId == termId));
        }

        if (query.TaxonomyId is { } taxonomyId)
        {
            services = services.Where(s => s.Attributes.Any(a => a.TaxonomyTerm.TaxonomyId == taxonomyId));
        }

        if (query.OrganizationId is { } organizationId)
        {
            services = services.Where(s => s.OrganizationId == organizationId);
        }

        if (query.ModifiedAfter is { } modifiedAfter)
        {
            services = services.Where(s => s.LastModified >= modifiedAfter);
        }

        var total = await services.CountAsync(cancellationToken);
        var page = await WithDetails(services)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip(query.Page.Skip).Take(query.Page.PerPage)
            .ToListAsync(cancellationToken);
        return (page, total);
    }

    public Task<Service?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        WithDetails(db.Services.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    private static IQueryable<Service> WithDetails(IQueryable<Service> services) => services
        .Include(s => s.Organization)
        .Include(s => s.ServiceAtLocations).ThenInclude(sal => sal.Location).ThenInclude(l => l.Addresses)
        .Include(s => s.ServiceAtLocations).ThenInclude(sal => sal.Location).ThenInclude(l => l.Accessibility)
        .Include(s => s.Schedules)
        .Include(s => s.CostOptions)
        .Include(s => s.Contacts).ThenInclude(c => c.Phones)
        .Include(s => s.ServiceAreas)
        .Include(s => s.Languages)
        .Include(s => s.Funding)
        .Include(s => s.Attributes).ThenInclude(a => a.TaxonomyTerm).ThenInclude(t => t.Taxonomy)
        .AsSplitQuery();

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
