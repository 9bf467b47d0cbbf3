using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace EndToEnd.Tests;

/// <summary>
/// The journey through the gateway, against the real processes, on each database engine. Steps that
/// need services not yet in the platform are added with them.
/// </summary>
public abstract class JourneyTests<TFixture>(TFixture platform) : IClassFixture<TFixture>
    where TFixture : PlatformFixture
{
    private const string WalkingGroupName = "Newham Striders Health Walks";

    [Fact]
    public async Task Step1_anyone_can_find_the_walking_group_in_the_open_directory_feed()
    {
        using var response = await platform.Gateway.GetAsync("/api/directory/services?search=walking");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReadJsonAsync(response);
        Assert.True((int)page["total_items"]! >= 1);
        Assert.Equal(1, (int)page["page_number"]!);
        Assert.Contains(page["contents"]!.AsArray(), service => (string?)service!["name"] == WalkingGroupName);
        Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
    }

    [Fact]
    public async Task Step1_a_service_found_by_search_opens_as_its_full_record()
    {
        var page = JsonNode.Parse(await platform.Gateway.GetStringAsync("/api/directory/services?search=walking"))!;
        var id = (string)page["contents"]!.AsArray().First(s => (string?)s!["name"] == WalkingGroupName)!["id"]!;

        var service = JsonNode.Parse(await platform.Gateway.GetStringAsync($"/api/directory/services/{id}"))!;

        Assert.Equal(WalkingGroupName, (string?)service["name"]);
        Assert.Equal("Newham Striders", (string?)service["organization"]?["name"]);
    }

    [Fact]
    public async Task Step5_a_protected_route_without_a_token_is_401()
    {
        using var response = await platform.Gateway.GetAsync("/api/referrals");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Step5_a_forged_token_is_401()
    {
        using var resident = await platform.SignInAsync("resident");
        var token = resident.DefaultRequestHeaders.Authorization!.Parameter!;
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Step5_a_malformed_request_is_a_400_problem_naming_the_field()
    {
        using var response = await platform.Gateway.GetAsync("/api/directory/services?per_page=lots");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await ReadJsonAsync(response))["errors"]?["per_page"]);
    }

    private static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidDataException("Empty body.");
}

public sealed class JourneyOnSqliteTests(SqlitePlatformFixture platform) : JourneyTests<SqlitePlatformFixture>(platform);

public sealed class JourneyOnPostgresTests(PostgresPlatformFixture platform) : JourneyTests<PostgresPlatformFixture>(platform);
