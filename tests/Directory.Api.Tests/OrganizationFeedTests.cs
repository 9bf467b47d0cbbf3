using System.Net;
using System.Text.Json.Nodes;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests;

/// <summary>ORUK <c>/organizations</c> and <c>/organizations/{id}</c>, on each database engine.</summary>
public abstract class OrganizationFeedTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string Organizations = "/api/directory/organizations";
    private const string WalkingGroupOrganizationId = "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01";
    private const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task First_middle_and_last_pages_of_organizations_validate_and_page_consistently()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, Organizations, "organization_list", "organization");
    }

    [Fact]
    public async Task First_middle_and_last_pages_of_full_organizations_validate_against_the_organization_package()
    {
        await FullRecord.AddToAsync(fixture);

        await AssertFirstMiddleAndLastPagesAsync(_http, $"{Organizations}?full=true", "organization_list", "organization");
        await AssertFirstMiddleAndLastPagesAsync(_http, $"{Organizations}?full_service=true", "organization_list", "organization");
        foreach (var shape in new[] { "full=true", "full_service=true" })
        {
            var page = await GetPageAsync(_http, $"{Organizations}?{shape}&per_page=200", "organization_list", "organization");
            await OrukSchemas.AssertValidAsync("organization_package", page["contents"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task The_list_carries_each_organizations_own_fields_only()
    {
        var page = await GetPageAsync(_http, $"{Organizations}?per_page=200", "organization_list", "organization");

        Assert.All(Contents(page), organization =>
        {
            Assert.Null(organization["services"]);
            Assert.Null(organization["organization_identifiers"]);
            Assert.Null(organization["attributes"]);
        });
    }

    [Fact]
    public async Task Full_nests_identifiers_attributes_and_each_services_own_fields()
    {
        await FullRecord.AddToAsync(fixture);

        var page = await GetPageAsync(_http, $"{Organizations}?full=true&search=round-trip", "organization_list", "organization");

        var organization = Contents(page).Single();
        Assert.Equal("1234567", (string?)organization["organization_identifiers"]![0]!["identifier"]);
        Assert.Equal("reading", (string?)organization["attributes"]![0]!["taxonomy_term"]!["term"]);
        var service = organization["services"]!.AsArray().Single()!;
        Assert.Equal(FullRecord.ServiceName, (string?)service["name"]);
        Assert.Null(service["schedules"]);
        Assert.Null(service["organization"]);
    }

    [Fact]
    public async Task Full_service_nests_each_service_fully()
    {
        var page = await GetPageAsync(_http, $"{Organizations}?full_service=true&per_page=200", "organization_list", "organization");

        var organization = Contents(page).Single(o => (string?)o["id"] == WalkingGroupOrganizationId);
        var walking = organization["services"]!.AsArray().Single(s => (string?)s!["id"] == WalkingGroupId)!;
        var record = OrukSchemas.Parse(await GetJsonAsync(_http, $"/api/directory/services/{WalkingGroupId}"));
        record.AsObject().Remove("organization");
        Assert.True(JsonNode.DeepEquals(record, walking), $"Nested:\n{walking}\nRecord:\n{record}");
        Assert.NotNull(organization["organization_identifiers"]);
    }

    [Fact]
    public async Task Searching_organizations_matches_their_names_and_descriptions()
    {
        var byName = await GetPageAsync(_http, $"{Organizations}?search=STRIDERS", "organization_list", "organization");
        var byDescription = await GetPageAsync(_http, $"{Organizations}?search={Uri.EscapeDataString("volunteer-led walking charity")}", "organization_list", "organization");

        Assert.Equal(new[] { WalkingGroupOrganizationId }, Ids(byName));
        Assert.Equal(new[] { WalkingGroupOrganizationId }, Ids(byDescription));
    }

    [Fact]
    public async Task An_organization_search_with_no_matches_is_a_valid_empty_page()
    {
        await AssertEmptyPageAsync(_http, $"{Organizations}?search=zzzz-no-such-organization", "organization_list", "organization");
        await AssertEmptyPageAsync(_http, $"{Organizations}?search=zzzz-no-such-organization&full_service=true", "organization_list", "organization");
    }

    [Fact]
    public async Task An_organization_record_is_fully_nested_with_its_services_own_fields()
    {
        var json = await GetJsonAsync(_http, $"{Organizations}/{WalkingGroupOrganizationId}");

        await OrukSchemas.AssertValidAsync("organization", json);
        await OrukSchemas.AssertValidAsync("organization_package", $"[{json}]");
        var organization = OrukSchemas.Parse(json);
        var walking = organization["services"]!.AsArray().Single(s => (string?)s!["id"] == WalkingGroupId)!;
        Assert.Equal("Newham Striders Health Walks", (string?)walking["name"]);
        Assert.Null(walking["service_at_locations"]);
        Assert.NotNull(organization["organization_identifiers"]);
        Assert.NotNull(organization["attributes"]);
    }

    [Fact]
    public async Task Full_service_on_an_organization_record_nests_its_services_fully()
    {
        var json = await GetJsonAsync(_http, $"{Organizations}/{WalkingGroupOrganizationId}?full_service=true");

        await OrukSchemas.AssertValidAsync("organization", json);
        await OrukSchemas.AssertValidAsync("organization_package", $"[{json}]");
        var walking = OrukSchemas.Parse(json)["services"]!.AsArray().Single(s => (string?)s!["id"] == WalkingGroupId)!;
        Assert.NotEmpty(walking["service_at_locations"]!.AsArray());
        Assert.NotEmpty(walking["schedules"]!.AsArray());
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("per_page=0", "per_page")]
    [InlineData("full=1", "full")]
    [InlineData("full_service=all", "full_service")]
    [InlineData("format=ndjson", "format")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        await AssertProblemAsync(_http, $"{Organizations}?{query}", HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task A_bad_full_service_on_a_record_is_a_400_naming_it()
    {
        await AssertProblemAsync(_http, $"{Organizations}/{WalkingGroupOrganizationId}?full_service=yes", HttpStatusCode.BadRequest, "full_service");
    }

    [Fact]
    public async Task An_unknown_organization_is_a_404_and_a_malformed_id_a_400()
    {
        await AssertProblemAsync(_http, $"{Organizations}/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await AssertProblemAsync(_http, $"{Organizations}/striders", HttpStatusCode.BadRequest, "id");
    }
}

public sealed class OrganizationFeedOnSqliteTests(SqliteDirectoryFixture fixture) : OrganizationFeedTests<SqliteDirectoryFixture>(fixture);

public sealed class OrganizationFeedOnPostgresTests(PostgresDirectoryFixture fixture) : OrganizationFeedTests<PostgresDirectoryFixture>(fixture);
