using Directory.Api.Data;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search;

/// <summary>Finds taxonomy terms, each naming its taxonomy.</summary>
public sealed class TaxonomyTermSearch(DirectoryDbContext db)
{
    public async Task<(IReadOnlyList<TaxonomyTerm> Page, int Total)> FindAsync(TaxonomyTermQuery query, CancellationToken cancellationToken)
    {
        var terms = db.TaxonomyTerms.AsNoTracking();
        if (query.Text is { } text)
        {
            var pattern = LikePattern.Containing(text);
            terms = terms.Where(t =>
                EF.Functions.Like(t.Name.ToLower(), pattern, LikePattern.Escape) ||
                EF.Functions.Like(t.Description.ToLower(), pattern, LikePattern.Escape) ||
                EF.Functions.Like(t.Code.ToLower(), pattern, LikePattern.Escape));
        }

        if (query.TaxonomyId is { } taxonomyId)
        {
            terms = terms.Where(t => t.TaxonomyId == taxonomyId);
        }

        if (query.ParentId is { } parentId)
        {
            terms = terms.Where(t => t.ParentId == parentId);
        }

        if (query.TopOnly)
        {
            terms = terms.Where(t => t.ParentId == null);
        }

        var total = await terms.CountAsync(cancellationToken);
        var page = await terms.OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Include(t => t.Taxonomy)
            .Skip(query.Page.Skip).Take(query.Page.PerPage)
            .ToListAsync(cancellationToken);
        return (page, total);
    }

    public Task<TaxonomyTerm?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
}
