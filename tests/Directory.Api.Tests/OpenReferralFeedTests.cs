using System.Net;
using System.Text.Json.Nodes;
using Directory.Api.Tests.Search;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests;

/// <summary>The ORUK 3.0 feed's root and its required <c>/services</c> endpoints, against the standard's own JSON schemas, on each database engine.</summary>
public abstract class OpenReferralFeedTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    private const string WalkingGroupOrganizationId = "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01";
    private const string ProfessionalOnlyId = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01";
    private const string Services = "/api/directory/services";
    private static readonly string[] OneToOneCollections =
        ["schedules", "service_areas", "service_at_locations", "languages", "funding", "cost_options", "contacts", "attributes"];

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
    public async Task The_openapi_url_serves_the_projects_OpenAPI_document()
    {
        var details = OrukSchemas.Parse(await _http.GetStringAsync("/api/directory/"));
        var openApi = OrukSchemas.Parse(await _http.GetStringAsync(new Uri((string)details["openapi_url"]!).PathAndQuery));

        Assert.NotNull(openApi["paths"]?["/services"]);
    }

    [Fact]
    public async Task First_middle_and_last_pages_of_services_validate_and_page_consistently()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, Services, "service_list", "service");
    }

    [Fact]
    public async Task First_middle_and_last_pages_of_full_services_validate_against_the_service_package()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, $"{Services}?full=true", "service_list", "service");

        var page = await GetPageAsync(_http, $"{Services}?full=true&per_page=200", "service_list", "service");
        await OrukSchemas.AssertValidAsync("service_package", page["contents"]!.ToJsonString());
    }

    [Fact]
    public async Task A_search_with_no_matches_is_a_valid_empty_page()
    {
        await AssertEmptyPageAsync(_http, $"{Services}?search=zzzz-no-such-service", "service_list", "service");
        await AssertEmptyPageAsync(_http, $"{Services}?search=zzzz-no-such-service&minimal=true", "service_list", "service");
        await AssertEmptyPageAsync(_http, $"{Services}?search=zzzz-no-such-service&full=true", "service_list", "service");
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_and_says_it_is_the_last()
    {
        var page = await GetPageAsync(_http, $"{Services}?page=100000", "service_list", "service");

        Assert.True((bool)page["empty"]!);
        Assert.True((bool)page["last_page"]!);
        Assert.Equal(100000, (int)page["page_number"]!);
    }

    [Fact]
    public async Task A_full_service_record_validates_against_the_ORUK_service_schema_and_package()
    {
        var json = await GetJsonAsync(_http, $"{Services}/{WalkingGroupId}");

        await OrukSchemas.AssertValidAsync("service", json);
        await OrukSchemas.AssertValidAsync("service_package", $"[{json}]");
        var service = OrukSchemas.Parse(json);
        Assert.Equal(WalkingGroupOrganizationId, (string?)service["organization"]?["id"]);
        Assert.NotEmpty(service["service_at_locations"]!.AsArray());
        Assert.NotEmpty(service["schedules"]!.AsArray());
    }

    [Fact]
    public async Task The_list_carries_each_services_own_fields_and_its_organization_only()
    {
        var page = await GetPageAsync(_http, $"{Services}?per_page=200", "service_list", "service");

        Assert.All(Contents(page), service =>
        {
            Assert.All(OneToOneCollections, collection => Assert.Null(service[collection]));
            Assert.NotNull(service["organization"]?["name"]);
            Assert.Null(service["organization"]?["services"]);
        });
    }

    [Fact]
    public async Task Full_lists_each_service_exactly_as_its_own_record()
    {
        var page = await GetPageAsync(_http, $"{Services}?full=true&search=walking", "service_list", "service");

        var listed = Contents(page).Single(s => (string?)s["id"] == WalkingGroupId);
        var record = OrukSchemas.Parse(await GetJsonAsync(_http, $"{Services}/{WalkingGroupId}"));
        Assert.True(JsonNode.DeepEquals(record, listed), $"Listed:\n{listed}\nRecord:\n{record}");
    }

    [Fact]
    public async Task Minimal_lists_every_service_in_one_page_by_id_and_last_modified()
    {
        var all = await GetPageAsync(_http, $"{Services}?per_page=1", "service_list", "service");
        var minimal = await GetPageAsync(_http, $"{Services}?minimal=true", "service_list", "service");

        Assert.Equal((int)all["total_items"]!, (int)minimal["total_items"]!);
        Assert.Equal(1, (int)minimal["total_pages"]!);
        Assert.All(Contents(minimal), service =>
            Assert.Equal(["id", "last_modified", "name", "status"], service.AsObject().Select(field => field.Key).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Minimal_pages_may_be_larger_than_other_pages()
    {
        await GetPageAsync(_http, $"{Services}?minimal=true&per_page=10000", "service_list", "service");
        await AssertProblemAsync(_http, $"{Services}?per_page=10000", HttpStatusCode.BadRequest, "per_page");
    }

    [Fact]
    public async Task Searching_for_walking_finds_the_Newham_walking_group()
    {
        var page = await GetPageAsync(_http, $"{Services}?per_page=50&search=walking", "service_list", "service");

        Assert.Contains(WalkingGroupId, Ids(page));
        Assert.All(Contents(page), s => Assert.False(string.IsNullOrWhiteSpace((string?)s["name"])));
    }

    [Fact]
    public async Task Filtering_by_organization_returns_only_that_organizations_services()
    {
        var page = await GetPageAsync(_http, $"{Services}?per_page=50&organization_id={WalkingGroupOrganizationId}", "service_list", "service");

        Assert.NotEmpty(Contents(page));
        Assert.All(Contents(page), s => Assert.Equal(WalkingGroupOrganizationId, (string?)s["organization_id"]));
    }

    [Fact]
    public async Task Filtering_by_taxonomy_term_returns_only_services_tagged_with_it()
    {
        var walking = OrukSchemas.Parse(await GetJsonAsync(_http, $"{Services}/{WalkingGroupId}"));
        var selfReferral = (string)walking["attributes"]!.AsArray()
            .First(a => (string?)a!["taxonomy_term"]?["term"] == "self_referral")!["taxonomy_term_id"]!;

        var page = await GetPageAsync(_http, $"{Services}?full=true&per_page=200&taxonomy_term_id={selfReferral}", "service_list", "service");

        Assert.Contains(WalkingGroupId, Ids(page));
        Assert.DoesNotContain(ProfessionalOnlyId, Ids(page));
        Assert.All(Contents(page), s => Assert.Contains(s["attributes"]!.AsArray(), a => (string?)a!["taxonomy_term_id"] == selfReferral));
    }

    [Fact]
    public async Task Filtering_by_taxonomy_returns_only_services_with_a_term_from_it()
    {
        await FullRecord.AddToAsync(fixture);
        await ChangeSeam.CommittedAsync(fixture, Guid.Parse(FullRecord.ServiceId));

        var page = await GetPageAsync(_http, $"{Services}?taxonomy_id={FullRecord.TaxonomyId}", "service_list", "service");
        var byTerm = await GetPageAsync(_http, $"{Services}?taxonomy_term_id={FullRecord.ChildTermId}", "service_list", "service");

        Assert.Equal(new[] { FullRecord.ServiceId }, Ids(page));
        Assert.Equal(new[] { FullRecord.ServiceId }, Ids(byTerm));
    }

    [Fact]
    public async Task Modified_after_keeps_services_changed_on_or_after_the_time()
    {
        await FullRecord.AddToAsync(fixture);
        await ChangeSeam.CommittedAsync(fixture, Guid.Parse(FullRecord.ServiceId));
        var walking = OrukSchemas.Parse(await GetJsonAsync(_http, $"{Services}/{WalkingGroupId}"));
        var since = (string)walking["last_modified"]!;

        var page = await GetPageAsync(_http, $"{Services}?per_page=200&modified_after={Uri.EscapeDataString(since)}", "service_list", "service");

        Assert.Contains(WalkingGroupId, Ids(page));
        Assert.DoesNotContain(FullRecord.ServiceId, Ids(page));
        Assert.All(Contents(page), s => Assert.True(DateTimeOffset.Parse((string)s["last_modified"]!) >= DateTimeOffset.Parse(since)));
    }

    [Fact]
    public async Task Modified_after_a_future_date_finds_nothing()
    {
        await AssertEmptyPageAsync(_http, $"{Services}?modified_after=2999-01-01T00:00:00Z", "service_list", "service");
    }

    [Fact]
    public async Task Format_json_is_the_default_format()
    {
        var json = await GetPageAsync(_http, $"{Services}?format=json&per_page=3", "service_list", "service");
        var plain = await GetPageAsync(_http, $"{Services}?per_page=3", "service_list", "service");

        Assert.Equal(Ids(plain), Ids(json));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("per_page=1000", "per_page")]
    [InlineData("per_page=ten", "per_page")]
    [InlineData("organization_id=not-a-uuid", "organization_id")]
    [InlineData("taxonomy_id=not-a-uuid", "taxonomy_id")]
    [InlineData("taxonomy_term_id=not-a-uuid", "taxonomy_term_id")]
    [InlineData("modified_after=yesterday", "modified_after")]
    [InlineData("minimal=maybe", "minimal")]
    [InlineData("full=yes", "full")]
    [InlineData("minimal=true&full=true", "minimal")]
    [InlineData("format=ndjson", "format")]
    [InlineData("format=xml", "format")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        await AssertProblemAsync(_http, $"{Services}?{query}", HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task A_search_longer_than_200_characters_is_a_400_naming_search()
    {
        await AssertProblemAsync(_http, $"{Services}?search={new string('a', 201)}", HttpStatusCode.BadRequest, "search");
    }

    [Fact]
    public async Task Every_bad_parameter_is_named_at_once()
    {
        var problem = await AssertProblemAsync(_http, $"{Services}?page=0&organization_id=x&full=sometimes", HttpStatusCode.BadRequest);

        Assert.Equal(["full", "organization_id", "page"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_service_is_a_404_problem()
    {
        await AssertProblemAsync(_http, $"{Services}/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_malformed_service_id_is_a_400_problem_naming_id()
    {
        await AssertProblemAsync(_http, $"{Services}/walking", HttpStatusCode.BadRequest, "id");
    }
}

public sealed class OpenReferralFeedOnSqliteTests(SqliteDirectoryFixture fixture) : OpenReferralFeedTests<SqliteDirectoryFixture>(fixture);

public sealed class OpenReferralFeedOnPostgresTests(PostgresDirectoryFixture fixture) : OpenReferralFeedTests<PostgresDirectoryFixture>(fixture);
