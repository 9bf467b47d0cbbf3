using Directory.Api.Data;
using Directory.Api.Model;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Import;

/// <summary>
/// Adds the taxonomies and terms a feed defines that the directory lacks, so the imported attributes
/// name terms with their full descriptions. A taxonomy or term the directory has is left as it is: many
/// services share it, and a feed's version of it is not an edit of any one of them. One whose name (or
/// code, within its taxonomy) another already has is skipped and reported.
/// </summary>
public sealed class FeedTaxonomyImporter(DirectoryDbContext db)
{
    public async Task<TaxonomyImportSummary> ImportAsync(IReadOnlyList<TaxonomyDocument> taxonomies, bool dryRun, CancellationToken cancellationToken)
    {
        var taxonomyIds = taxonomies.Select(t => t.Id).ToList();
        var storedTaxonomies = await db.Taxonomies.AsNoTracking().Where(t => taxonomyIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var namesTaken = await db.Taxonomies.AsNoTracking().Where(t => !taxonomyIds.Contains(t.Id)).Select(t => t.Name).ToListAsync(cancellationToken);
        var termIds = taxonomies.SelectMany(t => t.TaxonomyTerms ?? []).Select(t => t.Id).ToList();
        var storedTerms = await db.TaxonomyTerms.AsNoTracking().Where(t => termIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var codesTaken = await db.TaxonomyTerms.AsNoTracking().Where(t => taxonomyIds.Contains(t.TaxonomyId) && !termIds.Contains(t.Id))
            .Select(t => new { t.TaxonomyId, t.Code }).ToListAsync(cancellationToken);

        var problems = new List<string>();
        var reader = new ServiceDocumentReader();
        foreach (var taxonomy in taxonomies)
        {
            if (!storedTaxonomies.Contains(taxonomy.Id) && namesTaken.Contains(taxonomy.Name))
            {
                problems.Add($"Taxonomy {taxonomy.Id} ('{taxonomy.Name}') was not added: the directory has another taxonomy of that name.");
                continue;
            }

            var terms = (taxonomy.TaxonomyTerms ?? []).Where(term =>
            {
                var taken = codesTaken.Any(c => c.TaxonomyId == taxonomy.Id && c.Code == (term.Term ?? term.Name));
                if (taken)
                {
                    problems.Add($"Term {term.Id} ('{term.Term ?? term.Name}') of taxonomy '{taxonomy.Name}' was not added: another term has its code.");
                }

                return !taken;
            }).ToList();
            reader.Read(taxonomy with { TaxonomyTerms = terms });
        }

        var newTaxonomies = 0;
        var newTerms = 0;
        foreach (var taxonomy in reader.Taxonomies)
        {
            db.ChangeTracker.TrackGraph(taxonomy, node =>
            {
                var stored = node.Entry.Entity switch
                {
                    Taxonomy t => storedTaxonomies.Contains(t.Id),
                    TaxonomyTerm t => storedTerms.Contains(t.Id),
                    _ => true,
                };
                node.Entry.State = stored ? EntityState.Unchanged : EntityState.Added;
                newTaxonomies += !stored && node.Entry.Entity is Taxonomy ? 1 : 0;
                newTerms += !stored && node.Entry.Entity is TaxonomyTerm ? 1 : 0;
            });
        }

        if (!dryRun)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new TaxonomyImportSummary(newTaxonomies, newTerms, problems);
    }
}

/// <summary>What the taxonomy step added, and what it could not.</summary>
public sealed record TaxonomyImportSummary(int NewTaxonomies, int NewTerms, IReadOnlyList<string> Problems);
