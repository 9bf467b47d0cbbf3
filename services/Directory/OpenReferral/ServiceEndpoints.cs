using Directory.Api.Editing;
using Directory.Api.Geography;
using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Directory.Api.Search.Index;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>ORUK <c>/services</c> (required by the standard, with our search extensions) and <c>/services/{id}</c>.</summary>
public static class ServiceEndpoints
{
    /// <summary>
    /// How long a search made while the index is still being built waits for it: a first request
    /// straight after start is answered, not refused, while a build that is stuck (no database yet) gets a
    /// prompt 503 rather than a hanging request.
    /// </summary>
    private static readonly TimeSpan IndexWait = TimeSpan.FromSeconds(10);

    /// <summary>A page of services: their own fields by default, <c>minimal</c> or <c>full</c> on request.</summary>
    public static async Task<Results<Ok<PageDocument<ServiceDocument>>, ValidationProblem, ProblemHttpResult>> List(
        HttpRequest request, ServiceSearch search, ServiceIndex index, IPostcodeGeocoder geocoder, CancellationToken cancellationToken)
    {
        if (!ServiceQuery.TryParse(request.Query, out var query, out var errors))
        {
            return FeedProblems.Invalid(errors);
        }

        var located = await PostcodeLocation.LocateAsync(geocoder, query.Search.Postcode, cancellationToken);
        if (located.Unavailable is { } unavailable)
        {
            return unavailable;
        }

        if (located.Unknown is { } unknown)
        {
            return unknown;
        }

        if (!await index.WaitUntilReadyAsync(IndexWait, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The directory is starting.",
                detail: "Its search index is still being built from the database: try again shortly.");
        }

        var (page, total, facets) = await search.FindAsync(query, located.Place, cancellationToken);
        var contents = page.Select(match => (query.Detail switch
        {
            ServiceDetail.Minimal => match.Record.ToMinimal(),
            ServiceDetail.Full => match.Record.ToDocument(),
            _ => match.Record.ToListItem(),
        }) with { Distance = match.Distance }).ToList();
        return TypedResults.Ok(PageDocument<ServiceDocument>.Of(contents, total, query.Page) with { Facets = facets });
    }

    /// <summary>One service, fully nested; its ETag is the version an edit of it sends back in <c>If-Match</c>.</summary>
    public static async Task<Results<Ok<ServiceDocument>, ValidationProblem, ProblemHttpResult>> Get(
        string id, HttpResponse response, ServiceSearch search, CancellationToken cancellationToken)
    {
        if (!FeedProblems.TryParseId(id, out var serviceId, out var malformed))
        {
            return malformed;
        }

        var service = await search.FindByIdAsync(serviceId, cancellationToken);
        if (service is null)
        {
            return FeedProblems.NotFound("service", serviceId);
        }

        response.Headers.ETag = EntityTag.Of(service.Version);
        return TypedResults.Ok(service.ToDocument());
    }
}
