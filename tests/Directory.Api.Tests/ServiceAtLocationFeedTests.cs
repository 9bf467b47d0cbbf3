using System.Net;
using System.Text.Json.Nodes;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests;

/// <summary>ORUK <c>/service_at_locations</c> and <c>/service_at_locations/{id}</c>, near a postcode or not, on each database engine.</summary>
public abstract class ServiceAtLocationFeedTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string ServiceAtLocations = "/api/directory/service_at_locations";
    private const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    private const string WalkingGroupOrganizationId = "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01";
    private const string WalkingAtCentralParkId = "84d6f55f-5ec0-4566-a3e4-3fc50ede738a";
    private const string EastHam = "E6 2RT";
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task First_middle_and_last_pages_validate_and_page_consistently()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, ServiceAtLocations, "service_at_location_list", "service_at_location");
    }

    [Fact]
    public async Task First_middle_and_last_full_pages_validate_against_the_service_at_location_package()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, $"{ServiceAtLocations}?full=true", "service_at_location_list", "service_at_location");

        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?full=true&per_page=200", "service_at_location_list", "service_at_location");
        await OrukSchemas.AssertValidAsync("service_at_location_package", page["contents"]!.ToJsonString());
    }

    [Fact]
    public async Task First_middle_and_last_pages_near_a_postcode_validate_and_page_consistently()
    {
        await AssertFirstMiddleAndLastPagesAsync(
            _http, $"{ServiceAtLocations}?postcode={Uri.EscapeDataString(EastHam)}&proximity=20000", "service_at_location_list", "service_at_location");
    }

    [Fact]
    public async Task A_search_with_no_matches_is_a_valid_empty_page()
    {
        await AssertEmptyPageAsync(_http, $"{ServiceAtLocations}?search=zzzz-no-such-place", "service_at_location_list", "service_at_location");
        await AssertEmptyPageAsync(_http, $"{ServiceAtLocations}?search=zzzz-no-such-place&full=true", "service_at_location_list", "service_at_location");
    }

    [Fact]
    public async Task The_list_carries_the_locations_and_services_own_fields_and_the_organization()
    {
        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?per_page=200", "service_at_location_list", "service_at_location");

        Assert.All(Contents(page), sal =>
        {
            Assert.Equal((string?)sal["location_id"], (string?)sal["location"]!["id"]);
            Assert.Equal((string?)sal["service_id"], (string?)sal["service"]!["id"]);
            Assert.Null(sal["location"]!["addresses"]);
            Assert.Null(sal["service"]!["schedules"]);
            Assert.NotNull(sal["service"]!["organization"]?["name"]);
            Assert.Null(sal["distance"]);
        });
    }

    [Fact]
    public async Task Full_lists_each_exactly_as_its_own_record()
    {
        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?full=true&search=walking", "service_at_location_list", "service_at_location");

        var listed = Contents(page).Single(s => (string?)s["id"] == WalkingAtCentralParkId);
        var record = OrukSchemas.Parse(await GetJsonAsync(_http, $"{ServiceAtLocations}/{WalkingAtCentralParkId}"));
        Assert.True(JsonNode.DeepEquals(record, listed), $"Listed:\n{listed}\nRecord:\n{record}");
    }

    [Fact]
    public async Task A_record_is_the_full_location_and_the_full_service_delivered_there()
    {
        var json = await GetJsonAsync(_http, $"{ServiceAtLocations}/{WalkingAtCentralParkId}");

        await OrukSchemas.AssertValidAsync("service_at_location", json);
        await OrukSchemas.AssertValidAsync("service_at_location_package", $"[{json}]");
        var sal = OrukSchemas.Parse(json);
        Assert.Equal("E6 3RW", (string?)sal["location"]!["addresses"]![0]!["postal_code"]);
        Assert.NotEmpty(sal["location"]!["accessibility"]!.AsArray());
        Assert.Equal(WalkingGroupId, (string?)sal["service"]!["id"]);
        Assert.NotEmpty(sal["service"]!["schedules"]!.AsArray());
        Assert.Equal(WalkingGroupOrganizationId, (string?)sal["service"]!["organization"]!["id"]);
    }

    [Fact]
    public async Task Searching_matches_the_services_words_or_the_places_name()
    {
        var byService = await GetPageAsync(_http, $"{ServiceAtLocations}?search=walks", "service_at_location_list", "service_at_location");
        var byPlace = await GetPageAsync(_http, $"{ServiceAtLocations}?search=BANDSTAND", "service_at_location_list", "service_at_location");

        Assert.Contains(WalkingAtCentralParkId, Ids(byService));
        Assert.Contains(WalkingAtCentralParkId, Ids(byPlace));
        Assert.All(Contents(byPlace), sal => Assert.Contains("bandstand", ((string?)sal["location"]!["name"] ?? "") + ((string?)sal["service"]!["name"] ?? "") + ((string?)sal["service"]!["description"] ?? ""), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filtering_by_taxonomy_or_term_returns_only_services_tagged_so()
    {
        await FullRecord.AddToAsync(fixture);

        var byTaxonomy = await GetPageAsync(_http, $"{ServiceAtLocations}?taxonomy_id={FullRecord.TaxonomyId}", "service_at_location_list", "service_at_location");
        var byTerm = await GetPageAsync(_http, $"{ServiceAtLocations}?taxonomy_term_id={FullRecord.ChildTermId}", "service_at_location_list", "service_at_location");

        Assert.Equal(new[] { FullRecord.ServiceAtLocationId }, Ids(byTaxonomy));
        Assert.Equal(new[] { FullRecord.ServiceAtLocationId }, Ids(byTerm));
    }

    [Fact]
    public async Task Filtering_by_organization_returns_only_where_its_services_are_delivered()
    {
        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?organization_id={WalkingGroupOrganizationId}", "service_at_location_list", "service_at_location");

        Assert.Contains(WalkingAtCentralParkId, Ids(page));
        Assert.All(Contents(page), sal => Assert.Equal(WalkingGroupOrganizationId, (string?)sal["service"]!["organization_id"]));
    }

    [Fact]
    public async Task Modified_after_keeps_services_changed_on_or_after_the_time()
    {
        await FullRecord.AddToAsync(fixture);
        var walking = OrukSchemas.Parse(await GetJsonAsync(_http, $"/api/directory/services/{WalkingGroupId}"));
        var since = (string)walking["last_modified"]!;

        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?per_page=200&modified_after={Uri.EscapeDataString(since)}", "service_at_location_list", "service_at_location");

        Assert.Contains(WalkingAtCentralParkId, Ids(page));
        Assert.DoesNotContain(FullRecord.ServiceAtLocationId, Ids(page));
        Assert.All(Contents(page), sal => Assert.True(DateTimeOffset.Parse((string)sal["service"]!["last_modified"]!) >= DateTimeOffset.Parse(since)));
        await AssertEmptyPageAsync(_http, $"{ServiceAtLocations}?modified_after=2999-01-01T00:00:00Z", "service_at_location_list", "service_at_location");
    }

    [Fact]
    public async Task Near_a_postcode_results_lie_within_the_proximity_nearest_first()
    {
        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?postcode={Uri.EscapeDataString(EastHam)}&proximity=5000&per_page=200", "service_at_location_list", "service_at_location");

        var distances = Contents(page).Select(sal => (double)sal["distance"]!).ToList();
        Assert.Contains(WalkingAtCentralParkId, Ids(page));
        Assert.All(distances, distance => Assert.InRange(distance, 0, 5000));
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task A_smaller_proximity_leaves_out_what_is_further_away()
    {
        var wide = await GetPageAsync(_http, $"{ServiceAtLocations}?postcode={Uri.EscapeDataString(EastHam)}&proximity=5000&per_page=200", "service_at_location_list", "service_at_location");
        var walking = Contents(wide).Single(sal => (string?)sal["id"] == WalkingAtCentralParkId);
        var justShort = (int)(double)walking["distance"]! - 1;

        var narrow = await GetPageAsync(_http, $"{ServiceAtLocations}?postcode={Uri.EscapeDataString(EastHam)}&proximity={justShort}&per_page=200", "service_at_location_list", "service_at_location");

        Assert.DoesNotContain(WalkingAtCentralParkId, Ids(narrow));
        Assert.Subset(Ids(wide).ToHashSet(), Ids(narrow).ToHashSet());
        Assert.All(Contents(narrow), sal => Assert.InRange((double)sal["distance"]!, 0, justShort));
    }

    [Fact]
    public async Task A_postcode_alone_keeps_services_whose_area_takes_it_in()
    {
        var everywhere = await GetPageAsync(_http, $"{ServiceAtLocations}?per_page=1", "service_at_location_list", "service_at_location");
        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?postcode={Uri.EscapeDataString(EastHam)}&full=true&per_page=200", "service_at_location_list", "service_at_location");

        Assert.Contains(WalkingAtCentralParkId, Ids(page));
        Assert.True((int)page["total_items"]! < (int)everywhere["total_items"]!);
        Assert.All(Contents(page), sal =>
        {
            var areas = sal["service"]!["service_areas"]!.AsArray().Select(area => (string?)area!["name"]).ToList();
            Assert.True(areas.Count == 0 || areas.Contains("Newham"), $"{sal["service"]!["name"]} serves {string.Join(", ", areas)}");
        });
    }

    [Fact]
    public async Task An_outcode_works_as_a_postcode()
    {
        var page = await GetPageAsync(_http, $"{ServiceAtLocations}?postcode=e6&proximity=5000", "service_at_location_list", "service_at_location");

        Assert.Contains(WalkingAtCentralParkId, Ids(page));
    }

    [Fact]
    public async Task A_malformed_postcode_is_a_400_that_says_so()
    {
        var problem = await AssertProblemAsync(_http, $"{ServiceAtLocations}?postcode=walking&proximity=1000", HttpStatusCode.BadRequest, "postcode");

        Assert.Contains("must be a UK postcode", (string?)problem["errors"]!["postcode"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_well_formed_postcode_we_do_not_know_is_a_400_that_says_it_is_unknown()
    {
        var problem = await AssertProblemAsync(_http, $"{ServiceAtLocations}?postcode={Uri.EscapeDataString("ZZ9 9ZZ")}&proximity=1000", HttpStatusCode.BadRequest, "postcode");

        Assert.Contains("not one we know", (string?)problem["errors"]!["postcode"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postcode=E6%202RT&proximity=0", "proximity")]
    [InlineData("postcode=E6%202RT&proximity=50001", "proximity")]
    [InlineData("postcode=E6%202RT&proximity=two%20miles", "proximity")]
    [InlineData("proximity=1000", "proximity")]
    [InlineData("full=maybe", "full")]
    [InlineData("format=ndjson", "format")]
    [InlineData("taxonomy_id=x", "taxonomy_id")]
    [InlineData("taxonomy_term_id=x", "taxonomy_term_id")]
    [InlineData("organization_id=x", "organization_id")]
    [InlineData("modified_after=soon", "modified_after")]
    [InlineData("page=0", "page")]
    [InlineData("per_page=201", "per_page")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        await AssertProblemAsync(_http, $"{ServiceAtLocations}?{query}", HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task An_unknown_service_at_location_is_a_404_and_a_malformed_id_a_400()
    {
        await AssertProblemAsync(_http, $"{ServiceAtLocations}/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await AssertProblemAsync(_http, $"{ServiceAtLocations}/central-park", HttpStatusCode.BadRequest, "id");
    }
}

public sealed class ServiceAtLocationFeedOnSqliteTests(SqliteDirectoryFixture fixture) : ServiceAtLocationFeedTests<SqliteDirectoryFixture>(fixture);

public sealed class ServiceAtLocationFeedOnPostgresTests(PostgresDirectoryFixture fixture) : ServiceAtLocationFeedTests<PostgresDirectoryFixture>(fixture);
