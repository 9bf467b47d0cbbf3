using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>ORUK <c>/taxonomies</c> and <c>/taxonomies/{id}</c>: each taxonomy with its terms.</summary>
public static class TaxonomyEndpoints
{
    public static async Task<Results<Ok<PageDocument<TaxonomyDocument>>, ValidationProblem>> List(
        HttpRequest request, TaxonomySearch search, CancellationToken cancellationToken)
    {
        if (!TaxonomyQuery.TryParse(request.Query, out var query, out var errors))
        {
            return FeedProblems.Invalid(errors);
        }

        var (page, total) = await search.FindAsync(query, cancellationToken);
        return TypedResults.Ok(PageDocument<TaxonomyDocument>.Of(page.Select(taxonomy => taxonomy.ToDocument()).ToList(), total, query.Page));
    }

    public static async Task<Results<Ok<TaxonomyDocument>, ValidationProblem, ProblemHttpResult>> Get(
        string id, TaxonomySearch search, CancellationToken cancellationToken)
    {
        if (!FeedProblems.TryParseId(id, out var taxonomyId, out var malformed))
        {
            return malformed;
        }

        var taxonomy = await search.FindByIdAsync(taxonomyId, cancellationToken);
        return taxonomy is null ? FeedProblems.NotFound("taxonomy", taxonomyId) : TypedResults.Ok(taxonomy.ToDocument());
    }
}
