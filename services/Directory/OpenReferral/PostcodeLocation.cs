using Directory.Api.Geography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>
/// A searched postcode placed by the geocoder, or the refusal to answer with: a 400 naming
/// <c>postcode</c> when it is unknown, a 503 when the geocoder cannot answer. No postcode: no place.
/// </summary>
public sealed record PostcodeLocation(GeocodeResult? Place, ValidationProblem? Unknown, ProblemHttpResult? Unavailable)
{
    public static async Task<PostcodeLocation> LocateAsync(IPostcodeGeocoder geocoder, UkPostcode? postcode, CancellationToken cancellationToken)
    {
        if (postcode is not { } searched)
        {
            return new PostcodeLocation(null, null, null);
        }

        GeocodeResult place;
        try
        {
            place = await geocoder.GeocodeAsync(searched, cancellationToken);
        }
        catch (PostcodeGeocodingException)
        {
            return new PostcodeLocation(null, null, TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Postcodes cannot be placed just now.",
                detail: "The postcode service did not answer: try again shortly, or search without a postcode."));
        }

        return place.IsFound
            ? new PostcodeLocation(place, null, null)
            : new PostcodeLocation(null, FeedProblems.Invalid(new Dictionary<string, string[]> { ["postcode"] = [UnknownPostcode(searched)] }), null);
    }

    private static string UnknownPostcode(UkPostcode postcode) => postcode.IsFullPostcode
        ? $"'postcode' {postcode} is written like a postcode but is not one we know: check it, or try its first half ({postcode.Outcode})."
        : $"'postcode' {postcode} is written like a postcode district but is not one we know: check it.";
}
