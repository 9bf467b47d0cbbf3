using System.Net;
using System.Text.Json.Nodes;

namespace Appointments.Api.Tests.Support;

/// <summary>Reads RFC 9457 problem details answers.</summary>
public static class Problems
{
    /// <summary>Asserts the status and that the problem names <paramref name="field"/>; returns the problem.</summary>
    public static async Task<JsonObject> AssertNamesAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.Contains(field, FieldsOf(problem));
        return problem;
    }

    public static IReadOnlyList<string> FieldsOf(JsonObject problem) =>
        problem["errors"]?.AsObject().Select(error => error.Key).ToList() ?? [];
}
