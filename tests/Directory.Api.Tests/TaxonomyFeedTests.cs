using System.Net;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests;

/// <summary>ORUK <c>/taxonomies</c> and <c>/taxonomy_terms</c>, with and without their ids, on each database engine.</summary>
public abstract class TaxonomyFeedTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string Taxonomies = "/api/directory/taxonomies";
    private const string Terms = "/api/directory/taxonomy_terms";
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task First_middle_and_last_pages_of_taxonomies_validate_and_page_consistently()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, Taxonomies, "taxonomy_list", "taxonomy");
    }

    [Fact]
    public async Task Each_listed_taxonomy_carries_its_terms()
    {
        var page = await GetPageAsync(_http, $"{Taxonomies}?per_page=200", "taxonomy_list", "taxonomy");

        var channel = Contents(page).Single(t => (string?)t["name"] == "ncp-channel");
        Assert.Contains(channel["taxonomy_terms"]!.AsArray(), term => (string?)term!["term"] == "in_person");
        Assert.All(channel["taxonomy_terms"]!.AsArray(), term => Assert.Equal((string?)channel["id"], (string?)term!["taxonomy_id"]));
    }

    [Fact]
    public async Task Searching_taxonomies_matches_their_names_and_descriptions()
    {
        var byName = await GetPageAsync(_http, $"{Taxonomies}?search=CHANNEL", "taxonomy_list", "taxonomy");
        var byDescription = await GetPageAsync(_http, $"{Taxonomies}?search={Uri.EscapeDataString("how the service is delivered")}", "taxonomy_list", "taxonomy");

        Assert.Equal("ncp-channel", (string?)Contents(byName).Single()["name"]);
        Assert.Equal("ncp-channel", (string?)Contents(byDescription).Single()["name"]);
    }

    [Fact]
    public async Task A_taxonomy_search_with_no_matches_is_a_valid_empty_page()
    {
        await AssertEmptyPageAsync(_http, $"{Taxonomies}?search=zzzz-no-such-taxonomy", "taxonomy_list", "taxonomy");
    }

    [Fact]
    public async Task A_taxonomy_record_validates_and_matches_its_list_entry()
    {
        var page = await GetPageAsync(_http, $"{Taxonomies}?search=ncp-channel", "taxonomy_list", "taxonomy");
        var listed = Contents(page).Single();

        var json = await GetJsonAsync(_http, $"{Taxonomies}/{(string)listed["id"]!}");

        await OrukSchemas.AssertValidAsync("taxonomy", json);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(listed, OrukSchemas.Parse(json)));
    }

    [Fact]
    public async Task First_middle_and_last_pages_of_taxonomy_terms_validate_and_page_consistently()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, Terms, "taxonomy_term_list", "taxonomy_term");
    }

    [Fact]
    public async Task Filtering_terms_by_taxonomy_returns_only_its_terms()
    {
        var channel = Contents(await GetPageAsync(_http, $"{Taxonomies}?search=ncp-channel", "taxonomy_list", "taxonomy")).Single();
        var channelId = (string)channel["id"]!;

        var page = await GetPageAsync(_http, $"{Terms}?per_page=200&taxonomy_id={channelId}", "taxonomy_term_list", "taxonomy_term");

        Assert.Equal(channel["taxonomy_terms"]!.AsArray().Count, (int)page["total_items"]!);
        Assert.All(Contents(page), term =>
        {
            Assert.Equal(channelId, (string?)term["taxonomy_id"]);
            Assert.Equal("ncp-channel", (string?)term["taxonomy"]);
        });
    }

    [Fact]
    public async Task Filtering_terms_by_parent_returns_its_children()
    {
        await FullRecord.AddToAsync(fixture);

        var page = await GetPageAsync(_http, $"{Terms}?parent_id={FullRecord.ParentTermId}", "taxonomy_term_list", "taxonomy_term");

        Assert.Equal(new[] { FullRecord.ChildTermId }, Ids(page));
        await AssertEmptyPageAsync(_http, $"{Terms}?parent_id={FullRecord.ChildTermId}", "taxonomy_term_list", "taxonomy_term");
    }

    [Fact]
    public async Task Top_only_leaves_out_terms_that_have_a_parent()
    {
        await FullRecord.AddToAsync(fixture);

        var all = await GetPageAsync(_http, $"{Terms}?per_page=200&taxonomy_id={FullRecord.TaxonomyId}", "taxonomy_term_list", "taxonomy_term");
        var top = await GetPageAsync(_http, $"{Terms}?per_page=200&taxonomy_id={FullRecord.TaxonomyId}&top_only=true", "taxonomy_term_list", "taxonomy_term");
        var notTop = await GetPageAsync(_http, $"{Terms}?per_page=200&taxonomy_id={FullRecord.TaxonomyId}&top_only=false", "taxonomy_term_list", "taxonomy_term");

        Assert.Equal(new[] { FullRecord.ParentTermId, FullRecord.ChildTermId }, Ids(all));
        Assert.Equal(new[] { FullRecord.ParentTermId }, Ids(top));
        Assert.Equal(Ids(all), Ids(notTop));
        var everywhere = await GetPageAsync(_http, $"{Terms}?per_page=200&top_only=true", "taxonomy_term_list", "taxonomy_term");
        Assert.All(Contents(everywhere), term => Assert.Null(term["parent_id"]));
    }

    [Fact]
    public async Task Searching_terms_matches_their_names_descriptions_and_codes()
    {
        var byName = await GetPageAsync(_http, $"{Terms}?search={Uri.EscapeDataString("face to face")}", "taxonomy_term_list", "taxonomy_term");
        var byCode = await GetPageAsync(_http, $"{Terms}?search=in_person", "taxonomy_term_list", "taxonomy_term");

        Assert.Contains(Contents(byName), term => (string?)term["term"] == "in_person");
        Assert.Equal("in_person", (string?)Contents(byCode).Single()["term"]);
    }

    [Fact]
    public async Task A_term_search_with_no_matches_is_a_valid_empty_page()
    {
        await AssertEmptyPageAsync(_http, $"{Terms}?search=zzzz-no-such-term", "taxonomy_term_list", "taxonomy_term");
    }

    [Fact]
    public async Task A_term_record_validates_and_names_its_taxonomy()
    {
        await FullRecord.AddToAsync(fixture);

        var json = await GetJsonAsync(_http, $"{Terms}/{FullRecord.ChildTermId}");

        await OrukSchemas.AssertValidAsync("taxonomy_term", json);
        var term = OrukSchemas.Parse(json);
        Assert.Equal("test-round-trip", (string?)term["taxonomy"]);
        Assert.Equal(FullRecord.ParentTermId, (string?)term["parent_id"]);
        Assert.Equal("reading_aloud", (string?)term["term"]);
    }

    [Theory]
    [InlineData(Taxonomies, "page=0", "page")]
    [InlineData(Taxonomies, "per_page=201", "per_page")]
    [InlineData(Taxonomies, "format=csv", "format")]
    [InlineData(Terms, "page=x", "page")]
    [InlineData(Terms, "taxonomy_id=channel", "taxonomy_id")]
    [InlineData(Terms, "parent_id=42", "parent_id")]
    [InlineData(Terms, "top_only=1", "top_only")]
    [InlineData(Terms, "format=ndjson", "format")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string path, string query, string parameter)
    {
        await AssertProblemAsync(_http, $"{path}?{query}", HttpStatusCode.BadRequest, parameter);
    }

    [Theory]
    [InlineData(Taxonomies)]
    [InlineData(Terms)]
    public async Task An_unknown_id_is_a_404_and_a_malformed_one_a_400(string path)
    {
        await AssertProblemAsync(_http, $"{path}/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await AssertProblemAsync(_http, $"{path}/ncp-channel", HttpStatusCode.BadRequest, "id");
    }
}

public sealed class TaxonomyFeedOnSqliteTests(SqliteDirectoryFixture fixture) : TaxonomyFeedTests<SqliteDirectoryFixture>(fixture);

public sealed class TaxonomyFeedOnPostgresTests(PostgresDirectoryFixture fixture) : TaxonomyFeedTests<PostgresDirectoryFixture>(fixture);
