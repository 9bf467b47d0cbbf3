using Microsoft.AspNetCore.Http.HttpResults;
using Referrals.Api.Submission;

namespace Referrals.Api;

/// <summary>The problem details Referrals answers with, worded for the person who will read them.</summary>
public static class Problems
{
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You cannot do this.", detail: detail);

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No referral with this id is yours to see.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The referral has moved on.", detail: detail);

    public static ProblemHttpResult For(ReferralTarget target, Guid serviceId) => target switch
    {
        ReferralTarget.UnknownService => TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "There is no such service.",
            detail: $"Service {serviceId} is not in the directory."),
        ReferralTarget.Refusing refusing => TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "This service cannot take this referral.",
            detail: string.Join(" ", refusing.Reasons.Select(r => r.Message)),
            extensions: new Dictionary<string, object?>
            {
                ["reasons"] = refusing.Reasons.Select(r => new { code = r.Code, message = r.Message }).ToList(),
            }),
        ReferralTarget.NoPlacesLeft full => TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "This service has no places left.",
            detail: $"{full.Service.Name} has no places left on its current offer.",
            extensions: new Dictionary<string, object?> { ["reasons"] = new[] { new { code = "no_places_left", message = "No places left." } } }),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The referral could not be checked just now.",
            detail: "The service directory did not answer. Nothing was saved; please try again."),
    };
}
