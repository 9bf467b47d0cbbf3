using System.Text.Json.Nodes;
using Directory.Api.Model;
using static Directory.Api.Tests.FeedAssertions;
using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary><c>facets=true</c>: counts over the whole result set by term, channel and borough, on each engine.</summary>
public abstract class FacetTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private static readonly string[] FacetTaxonomies =
    [
        PlatformTaxonomies.Need, PlatformTaxonomies.NelPriority, PlatformTaxonomies.Channel,
        PlatformTaxonomies.ReferralRoute, PlatformTaxonomies.Language, PlatformTaxonomies.Sector,
    ];

    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task Facets_count_the_whole_result_set_not_just_the_page()
    {
        var page = await GetAsync(_http, "search=support&facets=true&per_page=2");
        var all = await FullAsync(_http, "search=support");

        var facets = page["facets"]!;
        Assert.Equal(2, Contents(page).Count);
        Assert.Equal(FacetTaxonomies.Order(StringComparer.Ordinal), facets["taxonomy_terms"]!.AsObject().Select(t => t.Key).Order(StringComparer.Ordinal));
        foreach (var taxonomy in FacetTaxonomies)
        {
            var expected = all.SelectMany(s => TermCodes(s, taxonomy)).GroupBy(code => code).ToDictionary(g => g.Key, g => g.Count());
            var counted = facets["taxonomy_terms"]![taxonomy]!.AsArray().ToDictionary(t => (string)t!["term"]!, t => (int)t!["count"]!);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), counted.OrderBy(c => c.Key, StringComparer.Ordinal));
        }

        var boroughs = all.SelectMany(s => s["service_areas"]!.AsArray().Select(a => (string)a!["name"]!)).GroupBy(name => name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(boroughs.OrderBy(b => b.Key, StringComparer.Ordinal), Values(facets["borough"]!).OrderBy(b => b.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("channel=phone", "phone")]
    [InlineData("channel=online&age=16", "online")]
    public async Task The_count_of_the_channel_filtered_by_equals_the_total(string query, string channel)
    {
        var page = await GetAsync(_http, $"{query}&facets=true&per_page=1");

        Assert.Equal((int)page["total_items"]!, Values(page["facets"]!["channel"]!)[channel]);
        var term = page["facets"]!["taxonomy_terms"]![PlatformTaxonomies.Channel]!.AsArray().Single(t => (string?)t!["term"] == channel)!;
        Assert.Equal((int)page["total_items"]!, (int)term["count"]!);
    }

    [Fact]
    public async Task The_count_of_the_term_filtered_by_equals_the_total_and_each_service_has_one_sector()
    {
        var unfiltered = await GetAsync(_http, "facets=true&per_page=1");
        var need = unfiltered["facets"]!["taxonomy_terms"]![PlatformTaxonomies.Need]![0]!;

        var page = await GetAsync(_http, $"taxonomy_term_id={(string)need["id"]!}&facets=true&per_page=1");

        var total = (int)page["total_items"]!;
        Assert.Equal((int)need["count"]!, total);
        Assert.Equal(total, (int)page["facets"]!["taxonomy_terms"]![PlatformTaxonomies.Need]!.AsArray().Single(t => (string?)t!["id"] == (string?)need["id"])!["count"]!);
        Assert.Equal(total, page["facets"]!["taxonomy_terms"]![PlatformTaxonomies.Sector]!.AsArray().Sum(t => (int)t!["count"]!));
    }

    [Fact]
    public async Task Filtering_by_a_borough_keeps_exactly_the_services_its_facet_counted()
    {
        var unfiltered = await GetAsync(_http, "facets=true&per_page=1");
        var newham = Values(unfiltered["facets"]!["borough"]!)["Newham"];

        var page = await GetAsync(_http, "borough=newham&facets=true&per_page=1");
        var all = await FullAsync(_http, "borough=Newham");

        Assert.Equal(newham, (int)page["total_items"]!);
        Assert.Equal(newham, Values(page["facets"]!["borough"]!)["Newham"]);
        Assert.All(all, service => Assert.Contains("Newham", service["service_areas"]!.AsArray().Select(a => (string?)a!["name"])));
    }

    [Fact]
    public async Task Several_boroughs_keep_a_service_in_any_of_them()
    {
        var all = await FullAsync(_http, "search=support");
        var inEither = all.Count(s => s["service_areas"]!.AsArray().Any(a => (string?)a!["name"] is "Hackney" or "Havering"));

        var page = await GetAsync(_http, "search=support&borough=Hackney,Havering&per_page=1");
        var repeated = await GetAsync(_http, "search=support&borough=Hackney&borough=Havering&per_page=1");

        Assert.True(inEither > 0, "The demo data should have support services in Hackney or Havering.");
        Assert.Equal(inEither, (int)page["total_items"]!);
        Assert.Equal(inEither, (int)repeated["total_items"]!);
    }

    [Fact]
    public async Task A_borough_no_service_names_finds_nothing()
    {
        var page = await GetAsync(_http, "borough=Atlantis");

        Assert.Equal(0, (int)page["total_items"]!);
    }

    [Fact]
    public async Task Facets_are_listed_most_results_first()
    {
        var page = await GetAsync(_http, "facets=true&per_page=1");

        var counts = page["facets"]!["taxonomy_terms"]![PlatformTaxonomies.Need]!.AsArray().Select(t => (int)t!["count"]!).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task Without_facets_true_the_page_has_none()
    {
        var page = await GetAsync(_http, "search=support");

        Assert.Null(page["facets"]);
    }

    [Fact]
    public async Task An_empty_result_has_empty_facets()
    {
        var page = await GetAsync(_http, "search=zzzz-no-such-service&facets=true");

        Assert.All(page["facets"]!["taxonomy_terms"]!.AsObject(), taxonomy => Assert.Empty(taxonomy.Value!.AsArray()));
        Assert.Empty(page["facets"]!["channel"]!.AsArray());
        Assert.Empty(page["facets"]!["borough"]!.AsArray());
    }

    private static Dictionary<string, int> Values(JsonNode facet) =>
        facet.AsArray().ToDictionary(v => (string)v!["value"]!, v => (int)v!["count"]!);
}

public sealed class FacetOnSqliteTests(SqliteDirectoryFixture fixture) : FacetTests<SqliteDirectoryFixture>(fixture);

public sealed class FacetOnPostgresTests(PostgresDirectoryFixture fixture) : FacetTests<PostgresDirectoryFixture>(fixture);
