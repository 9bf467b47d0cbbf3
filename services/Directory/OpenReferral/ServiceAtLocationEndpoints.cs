using Directory.Api.Geography;
using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>ORUK <c>/service_at_locations</c> (with search near a postcode) and <c>/service_at_locations/{id}</c>.</summary>
public static class ServiceAtLocationEndpoints
{
    /// <summary>
    /// A page of services where they are delivered: the location's and service's own fields by default,
    /// fully nested with <c>full</c>. With <c>postcode</c>, only services whose area takes it in; with
    /// <c>proximity</c> too, only those within that many metres, nearest first, each with its distance.
    /// </summary>
    public static async Task<Results<Ok<PageDocument<ServiceAtLocationDocument>>, ValidationProblem, ProblemHttpResult>> List(
        HttpRequest request, ServiceAtLocationSearch search, IPostcodeGeocoder geocoder, CancellationToken cancellationToken)
    {
        if (!ServiceAtLocationQuery.TryParse(request.Query, out var query, out var errors))
        {
            return FeedProblems.Invalid(errors);
        }

        var located = await PostcodeLocation.LocateAsync(geocoder, query.Postcode, cancellationToken);
        if (located.Unavailable is { } unavailable)
        {
            return unavailable;
        }

        if (located.Unknown is { } unknown)
        {
            return unknown;
        }

        var place = located.Place;
        var (page, total) = await search.FindAsync(query, place, cancellationToken);
        var contents = page.Select(match => query.Full ? match.Record.ToDocument(match.Distance) : match.Record.ToListItem(match.Distance)).ToList();
        return TypedResults.Ok(PageDocument<ServiceAtLocationDocument>.Of(contents, total, query.Page));
    }

    /// <summary>One service at a location, fully nested: the location and the service delivered there.</summary>
    public static async Task<Results<Ok<ServiceAtLocationDocument>, ValidationProblem, ProblemHttpResult>> Get(
        string id, ServiceAtLocationSearch search, CancellationToken cancellationToken)
    {
        if (!FeedProblems.TryParseId(id, out var salId, out var malformed))
        {
            return malformed;
        }

        var sal = await search.FindByIdAsync(salId, cancellationToken);
        return sal is null ? FeedProblems.NotFound("service at location", salId) : TypedResults.Ok(sal.ToDocument());
    }
}
