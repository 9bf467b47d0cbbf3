using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directory.Api.OpenReferral;

/// <summary>The feed's refusals, worded alike on every endpoint: 400s name each bad parameter, 404s the record.</summary>
public static class FeedProblems
{
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request could not be answered: fix the parameters named.");

    /// <summary>Ids are UUIDs: anything else is a malformed request (400), not a record that is missing (404).</summary>
    public static bool TryParseId(string id, out Guid parsed, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        problem = Guid.TryParse(id, out parsed)
            ? null
            : Invalid(new Dictionary<string, string[]> { ["id"] = ["'id' must be a UUID."] });
        return problem is null;
    }

    public static ProblemHttpResult NotFound(string kind, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {kind} has this id.", detail: $"{Capitalised(kind)} {id} is not in the directory.");

    private static string Capitalised(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];
}
