using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>ORUK <c>/taxonomy_terms</c> and <c>/taxonomy_terms/{id}</c>.</summary>
public static class TaxonomyTermEndpoints
{
    public static async Task<Results<Ok<PageDocument<TaxonomyTermDocument>>, ValidationProblem>> List(
        HttpRequest request, TaxonomyTermSearch search, CancellationToken cancellationToken)
    {
        if (!TaxonomyTermQuery.TryParse(request.Query, out var query, out var errors))
        {
            return FeedProblems.Invalid(errors);
        }

        var (page, total) = await search.FindAsync(query, cancellationToken);
        return TypedResults.Ok(PageDocument<TaxonomyTermDocument>.Of(page.Select(term => term.ToDocument()).ToList(), total, query.Page));
    }

    public static async Task<Results<Ok<TaxonomyTermDocument>, ValidationProblem, ProblemHttpResult>> Get(
        string id, TaxonomyTermSearch search, CancellationToken cancellationToken)
    {
        if (!FeedProblems.TryParseId(id, out var termId, out var malformed))
        {
            return malformed;
        }

        var term = await search.FindByIdAsync(termId, cancellationToken);
        return term is null ? FeedProblems.NotFound("taxonomy term", termId) : TypedResults.Ok(term.ToDocument());
    }
}
