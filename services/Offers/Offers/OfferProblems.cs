using Microsoft.AspNetCore.Http.HttpResults;

namespace Offers.Api.Offers;

/// <summary>The problem details (RFC 9457) the offers API answers with, each naming the field at fault.</summary>
public static class OfferProblems
{
    public static ProblemHttpResult OfferNotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "There is no such offer.",
        detail: $"No offer has the id {id}.");

    public static ProblemHttpResult UnknownService(Guid serviceId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "There is no such service.",
        detail: $"serviceId {serviceId} is not in the directory.",
        extensions: Field("serviceId", "No service in the directory has this id."));

    public static ProblemHttpResult NotYourService(Guid serviceId) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "You cannot publish offers for this service.",
        detail: $"serviceId {serviceId} is run by another organisation; providers publish offers for their own organisation's services.",
        extensions: Field("serviceId", "This service belongs to another organisation."));

    public static ProblemHttpResult NotYourOffer(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "You cannot change this offer.",
        detail: $"Offer {id} belongs to another organisation; providers change their own organisation's offers.");

    public static ProblemHttpResult FewerPlacesThanInUse(Offer offer) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The offer cannot have fewer places than are already held or taken.",
        detail: $"{offer.PlacesHeld} places are held and {offer.PlacesTaken} taken, so placesTotal must be at least {offer.PlacesInUse}.",
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]>
            {
                ["placesTotal"] = [$"Give at least {offer.PlacesInUse}: the places already held or taken."],
            },
            ["placesHeld"] = offer.PlacesHeld,
            ["placesTaken"] = offer.PlacesTaken,
        });

    public static ProblemHttpResult ChangedMeanwhile(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The offer kept changing while it was being edited.",
        detail: $"Places on offer {id} were being held or taken at the same moment. Nothing was changed; please try again.");

    public static ProblemHttpResult DirectoryUnreachable() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The offer could not be checked just now.",
        detail: "The service directory did not answer. Nothing was saved; please try again.");

    private static Dictionary<string, object?> Field(string field, string message) => new()
    {
        ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
    };
}
