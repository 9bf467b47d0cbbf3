using Directory.Api.Data;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>Finds organisations, loading as much of each as the response's shape shows.</summary>
public sealed class OrganizationSearch(DirectoryDbContext db)
{
    public async Task<(IReadOnlyList<Organization> Page, int Total)> FindAsync(OrganizationQuery query, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking();
        if (query.Text is { } text)
        {
            var pattern = LikePattern.Containing(text);
            organizations = organizations.Where(o =>
                EF.Functions.Like(o.Name.ToLower(), pattern, LikePattern.Escape) ||
                EF.Functions.Like(o.Description.ToLower(), pattern, LikePattern.Escape));
        }

        var total = await organizations.CountAsync(cancellationToken);
        var page = await Shaped(organizations.OrderBy(o => o.Name).ThenBy(o => o.Id), query.Detail)
            .Skip(query.Page.Skip).Take(query.Page.PerPage)
            .ToListAsync(cancellationToken);
        return (page, total);
    }

    public Task<Organization?> FindByIdAsync(Guid id, OrganizationDetail detail, CancellationToken cancellationToken) =>
        Shaped(db.Organizations.AsNoTracking(), detail).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    private static IQueryable<Organization> Shaped(IQueryable<Organization> organizations, OrganizationDetail detail) => detail switch
    {
        OrganizationDetail.Full => organizations.IncludePaths([.. RecordIncludes.OrganizationPaths, nameof(Organization.Services)]),
        OrganizationDetail.FullWithFullServices => organizations.IncludePaths(
            [.. RecordIncludes.OrganizationPaths, .. RecordIncludes.Under(nameof(Organization.Services), RecordIncludes.ServiceWithoutOrganizationPaths)]),
        _ => organizations,
    };
}
