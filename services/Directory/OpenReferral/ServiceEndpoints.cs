using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>ORUK <c>/services</c> (required by the standard) and <c>/services/{id}</c>.</summary>
public static class ServiceEndpoints
{
    /// <summary>A page of services: their own fields by default, <c>minimal</c> or <c>full</c> on request.</summary>
    public static async Task<Results<Ok<PageDocument<ServiceDocument>>, ValidationProblem>> List(
        HttpRequest request, ServiceSearch search, CancellationToken cancellationToken)
    {
        if (!ServiceQuery.TryParse(request.Query, out var query, out var errors))
        {
            return FeedProblems.Invalid(errors);
        }

        var (page, total) = await search.FindAsync(query, cancellationToken);
        var contents = page.Select(service => query.Detail switch
        {
            ServiceDetail.Minimal => service.ToMinimal(),
            ServiceDetail.Full => service.ToDocument(),
            _ => service.ToListItem(),
        }).ToList();
        return TypedResults.Ok(PageDocument<ServiceDocument>.Of(contents, total, query.Page));
    }

    /// <summary>One service, fully nested.</summary>
    public static async Task<Results<Ok<ServiceDocument>, ValidationProblem, ProblemHttpResult>> Get(
        string id, ServiceSearch search, CancellationToken cancellationToken)
    {
        if (!FeedProblems.TryParseId(id, out var serviceId, out var malformed))
        {
            return malformed;
        }

        var service = await search.FindByIdAsync(serviceId, cancellationToken);
        return service is null ? FeedProblems.NotFound("service", serviceId) : TypedResults.Ok(service.ToDocument());
    }
}
