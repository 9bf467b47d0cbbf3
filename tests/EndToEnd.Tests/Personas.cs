using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EndToEnd.Tests;

/// <summary>Acts as a seeded persona: a client whose requests carry that persona's development token.</summary>
internal static class Personas
{
    public static async Task<HttpClient> SignInAsync(this PlatformFixture platform, string persona)
    {
        using var response = await platform.Gateway.PostAsJsonAsync("/api/dev/token", new { persona });
        response.EnsureSuccessStatusCode();
        var token = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!;
        var client = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
