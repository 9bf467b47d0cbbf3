using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Import;

/// <summary>The feed an import reads: its base URL (the provenance of what it writes), the terms its taxonomies define, and whether this is a dry run.</summary>
public sealed record ImportFeed(string Url, IReadOnlyDictionary<Guid, TaxonomyTermDocument> Terms, bool DryRun)
{
    public static IReadOnlyDictionary<Guid, TaxonomyTermDocument> TermsOf(IEnumerable<TaxonomyDocument> taxonomies) =>
        taxonomies
            .SelectMany(taxonomy => (taxonomy.TaxonomyTerms ?? []).Select(term => term with { TaxonomyId = taxonomy.Id, Taxonomy = taxonomy.Name }))
            .DistinctBy(term => term.Id)
            .ToDictionary(term => term.Id);
}
