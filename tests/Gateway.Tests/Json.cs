using System.Text.Json.Nodes;

namespace Gateway.Tests;

internal static class Json
{
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidDataException("Empty body.");

    public static StringContent Body(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
