using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Referrals.Api.Tests;

internal static class Http
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidDataException("Empty body.");

    public static StringContent Raw(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> SelfReferAsync(this HttpClient client, string serviceId = Persona.WalkingGroupId, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
        {
            Content = JsonContent.Create(new
            {
                serviceId,
                whatMattersToMe = "Getting out of the house and meeting people again",
                goals = new[] { "Walk with others once a week", "Feel less lonely" },
            }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static async Task<string> SelfReferredIdAsync(this HttpClient client)
    {
        using var response = await client.SelfReferAsync();
        response.EnsureSuccessStatusCode();
        return (string)(await response.JsonAsync())["id"]!;
    }
}
