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

        GeocodeResult? place = null;
        if (query.Postcode is { } postcode)
        {
            try
            {
                place = await geocoder.GeocodeAsync(postcode, cancellationToken);
            }
            catch (PostcodeGeocodingException)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Postcodes cannot be placed just now.",
                    detail: "The postcode service did not answer: try again shortly, or search without a postcode.");
            }

            if (!place.IsFound)
            {
                return FeedProblems.Invalid(new Dictionary<string, string[]> { ["postcode"] = [UnknownPostcode(postcode)] });
            }
        }

        var (page, total) = await search.FindAsync(query, place, cancellationToken);
        var contents = page.Select(match => query.Full ? match.Record.ToDocument(match.Distance) : match.Record.ToListItem(match.Distance)).ToList();
        return TypedResults.Ok(PageDocument<ServiceAtLocationDocument>.Of(contents, total, query.Page));
    }

    private static string UnknownPostcode(UkPostcode postcode) => postcode.IsFullPostcode
        ? $"'postcode' {postcode} is written like a postcode but is not one we know: check it, or try its first half ({postcode.Outcode})."
        : $"'postcode' {postcode} is written like a postcode district but is not one we know: check it.";

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
