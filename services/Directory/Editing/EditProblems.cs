using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.Editing;

/// <summary>The editing API's refusals (RFC 9457 problem details), worded for the provider who will read them.</summary>
public static class EditProblems
{
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The entry could not be saved: fix the fields named.");

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no such {what}.", detail: $"No {what} has this id.");

    public static ProblemHttpResult NotYours() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You cannot edit this entry.",
            detail: "It belongs to another organisation. Providers edit their own organisation's services; administrators edit any.");

    public static ProblemHttpResult HistoryNotYours() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You cannot see this entry's history.",
            detail: "It belongs to another organisation. A service's history is for its provider and administrators.");

    public static ProblemHttpResult SharedWithAnotherOrganisation(Guid serviceId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You cannot edit this location.",
            detail: $"Another organisation's service ({serviceId}) is delivered there too. Ask an administrator to change it, or describe a new location.");

    public static ProblemHttpResult Imported(string sourceFeed) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This entry is kept by another directory.",
            detail: $"It is imported from {sourceFeed}, and the next import would undo a change made here. Change it at its source.");

    public static ProblemHttpResult AlreadyExists(Guid serviceId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A service with this id already exists.",
            detail: $"Service {serviceId} is in the directory and this request does not repeat the one that created it. Edit it with PUT, or choose another id.");

    public static ProblemHttpResult RecordExists(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The service already has a {what} with this id.",
            detail: $"{id} is already one of its {what}s, with other content. Replace it with PUT, or choose another id.");

    public static ProblemHttpResult IdsTaken(IReadOnlyList<TakenId> ids) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Ids in the document belong to other records.",
            detail: string.Join(" ", ids.Select(id => $"{id.Kind} {id.Id} is another entry's.")) + " Leave the ids out for new records, and they are given their own.");

    /// <summary>Another change inserted a record with one of this one's new ids between its checks and its write.</summary>
    public static ProblemHttpResult SavedMeanwhile() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another change was saved at the same moment.",
            detail: "It saved a record with one of the ids this one adds. Nothing of this change was saved: send it again, and it is checked against what is there now.");

    public static ProblemHttpResult VersionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Say which version you edited.",
            detail: "Send the ETag from your last read of the service (GET /api/directory/services/{id}) in an If-Match header, so an edit never undoes one you have not seen.");

    public static ProblemHttpResult Stale(int currentVersion) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The entry has changed since you read it.",
            detail: $"It is now at version {currentVersion} (ETag {EntityTag.Of(currentVersion)}). Read it again, and make your change to what it says now.",
            extensions: new Dictionary<string, object?> { ["current_version"] = currentVersion });

    /// <summary>Another edit was saved between this one's check and its write.</summary>
    public static ProblemHttpResult ChangedMeanwhile() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The entry has changed since you read it.",
            detail: "Someone else saved a change to it a moment ago. Read it again, and make your change to what it says now.");
}
