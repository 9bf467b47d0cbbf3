using Microsoft.AspNetCore.Http.HttpResults;

namespace Appointments.Api;

/// <summary>
/// A refusal that concerns one field of the request. It is answered as RFC 9457 problem details
/// whose <c>errors</c> name that field, so a client can show the message beside it.
/// </summary>
public sealed record FieldProblem(int Status, string Field, string Message)
{
    public static FieldProblem NotFound(string field, string message) => new(StatusCodes.Status404NotFound, field, message);

    public static FieldProblem Conflict(string field, string message) => new(StatusCodes.Status409Conflict, field, message);

    public static FieldProblem Unprocessable(string field, string message) => new(StatusCodes.Status422UnprocessableEntity, field, message);

    public static FieldProblem Unavailable(string field, string message) => new(StatusCodes.Status503ServiceUnavailable, field, message);

    public ProblemHttpResult ToResult() => TypedResults.Problem(
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [Field] = [Message] })
        {
            Status = Status,
            Title = Message,
        });
}
