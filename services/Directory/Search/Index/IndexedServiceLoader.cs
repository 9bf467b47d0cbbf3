using Directory.Api.Data;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Search.Index;

/// <summary>
/// Reads services from the database with what their index entries are made of. Taxonomy terms are read
/// once per loader (one build, or one batch of changes) and attached in memory: joining every attribute
/// row to its term and taxonomy in SQL cost more than all the other collections together.
/// </summary>
internal sealed class IndexedServiceLoader(DirectoryDbContext db)
{
    /// <summary>How many services one read loads: bounded so a build of 100,000 never holds them all as rows at once.</summary>
    public const int BatchSize = 500;

    private Dictionary<Guid, TaxonomyTerm>? _terms;

    /// <summary>Every service id, in a fixed order, so every engine builds the same index in the same order.</summary>
    public async Task<List<Guid>> AllIdsAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Services.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
        ids.Sort();
        return ids;
    }

    /// <summary>The services that exist among <paramref name="ids"/> (at most <see cref="BatchSize"/>).</summary>
    public async Task<List<Service>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        _terms ??= await db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).ToDictionaryAsync(t => t.Id, cancellationToken);
        var services = await db.Services.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Include(s => s.Attributes)
            .Include(s => s.Schedules)
            .Include(s => s.CostOptions)
            .Include(s => s.ServiceAreas)
            .Include(s => s.ServiceAtLocations).ThenInclude(sal => sal.Location)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var attribute in services.SelectMany(s => s.Attributes))
        {
            attribute.TaxonomyTerm = _terms[attribute.TaxonomyTermId];
        }

        return services;
    }
}
