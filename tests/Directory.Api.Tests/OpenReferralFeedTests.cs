using System.Net;
using System.Text.Json.Nodes;

namespace Directory.Api.Tests;

/// <summary>The ORUK 3.0 feed, checked against the standard's own JSON schemas, on each database engine.</summary>
public abstract class OpenReferralFeedTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    private const string WalkingGroupOrganizationId = "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01";
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task The_feed_root_declares_ORUK_3_and_validates()
    {
        var json = await _http.GetStringAsync("/api/directory/");

        await OrukSchemas.AssertValidAsync("api_details", json);
        var details = OrukSchemas.Parse(json);
        Assert.Equal("HSDS-UK-3.0", (string?)details["version"]);
        Assert.EndsWith("/api/directory/openapi.json", (string?)details["openapi_url"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_url_serves_the_ORUK_OpenAPI_document()
    {
        var details = OrukSchemas.Parse(await _http.GetStringAsync("/api/directory/"));
        var openApi = OrukSchemas.Parse(await _http.GetStringAsync(new Uri((string)details["openapi_url"]!).PathAndQuery));

        Assert.NotNull(openApi["paths"]?["/services"]);
    }

    [Fact]
    public async Task First_middle_and_last_pages_of_services_validate_and_page_consistently()
    {
        var first = await GetPageAsync(page: 1, perPage: 5);
        var totalItems = (int)first["total_items"]!;
        var totalPages = (int)first["total_pages"]!;
        Assert.True(totalPages >= 3, $"The demo data should span at least three pages of five; it has {totalItems} services.");

        var middle = await GetPageAsync(page: (totalPages + 1) / 2, perPage: 5);
        var last = await GetPageAsync(page: totalPages, perPage: 5);

        Assert.True((bool)first["first_page"]!);
        Assert.False((bool)first["last_page"]!);
        Assert.False((bool)middle["first_page"]! && (bool)middle["last_page"]!);
        Assert.True((bool)last["last_page"]!);
        Assert.Equal(totalItems - (5 * (totalPages - 1)), (int)last["size"]!);
        var ids = new[] { first, middle, last }.SelectMany(page => page["contents"]!.AsArray()).Select(s => (string)s!["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_search_with_no_matches_is_a_valid_empty_page()
    {
        var page = await GetPageAsync(page: 1, perPage: 10, search: "zzzz-no-such-service");

        Assert.Equal(0, (int)page["total_items"]!);
        Assert.Equal(0, (int)page["size"]!);
        Assert.True((bool)page["empty"]!);
        Assert.Empty(page["contents"]!.AsArray());
    }

    [Fact]
    public async Task A_full_service_record_validates_against_the_ORUK_service_schema()
    {
        var json = await _http.GetStringAsync($"/api/directory/services/{WalkingGroupId}");

        await OrukSchemas.AssertValidAsync("service", json);
        var service = OrukSchemas.Parse(json);
        Assert.Equal(WalkingGroupOrganizationId, (string?)service["organization"]?["id"]);
        Assert.NotEmpty(service["service_at_locations"]!.AsArray());
        Assert.NotEmpty(service["schedules"]!.AsArray());
    }

    [Fact]
    public async Task Searching_for_walking_finds_the_Newham_walking_group()
    {
        var page = await GetPageAsync(page: 1, perPage: 50, search: "walking");

        var names = page["contents"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
        Assert.Contains(page["contents"]!.AsArray(), s => (string?)s!["id"] == WalkingGroupId);
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
    }

    [Fact]
    public async Task Filtering_by_organization_returns_only_that_organizations_services()
    {
        var page = await GetPageAsync(page: 1, perPage: 50, extra: $"&organization_id={WalkingGroupOrganizationId}");

        Assert.NotEmpty(page["contents"]!.AsArray());
        Assert.All(page["contents"]!.AsArray(), s => Assert.Equal(WalkingGroupOrganizationId, (string?)s!["organization_id"]));
    }

    [Fact]
    public async Task Modified_after_a_future_date_finds_nothing()
    {
        var page = await GetPageAsync(page: 1, perPage: 10, extra: "&modified_after=2999-01-01T00:00:00Z");

        Assert.True((bool)page["empty"]!);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("per_page=1000", "per_page")]
    [InlineData("per_page=ten", "per_page")]
    [InlineData("organization_id=not-a-uuid", "organization_id")]
    [InlineData("modified_after=yesterday", "modified_after")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        using var response = await _http.GetAsync($"/api/directory/services?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = OrukSchemas.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(problem["errors"]?[parameter]);
    }

    [Fact]
    public async Task An_unknown_service_is_a_404_problem()
    {
        using var response = await _http.GetAsync($"/api/directory/services/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonNode> GetPageAsync(int page, int perPage, string? search = null, string extra = "")
    {
        var query = $"/api/directory/services?page={page}&per_page={perPage}{extra}";
        if (search is not null)
        {
            query += "&search=" + Uri.EscapeDataString(search);
        }

        var json = await _http.GetStringAsync(query);
        await OrukSchemas.AssertValidAsync("service_list", json);
        return OrukSchemas.Parse(json);
    }
}

public sealed class OpenReferralFeedOnSqliteTests(SqliteDirectoryFixture fixture) : OpenReferralFeedTests<SqliteDirectoryFixture>(fixture);

public sealed class OpenReferralFeedOnPostgresTests(PostgresDirectoryFixture fixture) : OpenReferralFeedTests<PostgresDirectoryFixture>(fixture);
