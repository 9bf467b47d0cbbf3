using Directory.Api.Data;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>Finds taxonomies, each with its terms, as the ORUK taxonomy list and record carry them.</summary>
public sealed class TaxonomySearch(DirectoryDbContext db)
{
    public async Task<(IReadOnlyList<Taxonomy> Page, int Total)> FindAsync(TaxonomyQuery query, CancellationToken cancellationToken)
    {
        var taxonomies = db.Taxonomies.AsNoTracking();
        if (query.Text is { } text)
        {
            var pattern = LikePattern.Containing(text);
            taxonomies = taxonomies.Where(t =>
                EF.Functions.Like(t.Name.ToLower(), pattern, LikePattern.Escape) ||
                EF.Functions.Like(t.Description.ToLower(), pattern, LikePattern.Escape));
        }

        var total = await taxonomies.CountAsync(cancellationToken);
        var page = await taxonomies.OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Include(t => t.Terms).AsSplitQuery()
            .Skip(query.Page.Skip).Take(query.Page.PerPage)
            .ToListAsync(cancellationToken);
        return (page, total);
    }

    public Task<Taxonomy?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Taxonomies.AsNoTracking().Include(t => t.Terms).AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
}
