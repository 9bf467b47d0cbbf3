using static Directory.Api.Tests.FeedAssertions;
using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary><c>search</c> ranked by the index: name first, stemming, typo tolerance, term names; on each engine.</summary>
public abstract class RelevanceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string BowDebtAdviceId = "a7786fee-c009-4412-8e13-59f5bc632910";
    private const string DiabetesClinicId = "76247b66-4b3c-4119-a2d3-3851531e5cd7";

    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task A_search_for_a_services_exact_name_ranks_it_first()
    {
        var ids = Ids(await GetAsync(_http, "search=Bow%20Debt%20Advice%20Drop-in"));
        var debtAdvice = Ids(await GetAsync(_http, "search=debt%20advice&per_page=200"));

        Assert.Equal(BowDebtAdviceId, ids[0]);
        Assert.True(debtAdvice.Count > 1, "Several services offer debt advice.");
    }

    [Fact]
    public async Task A_name_match_outranks_a_match_in_the_description_only()
    {
        var page = await GetAsync(_http, "search=walks&full=true&per_page=200");

        var names = Contents(page).Select(s => (string)s["name"]!).ToList();
        var lastNamed = names.FindLastIndex(name => name.Contains("Walks", StringComparison.Ordinal));
        var firstUnnamed = names.FindIndex(name => !name.Contains("Walks", StringComparison.Ordinal));
        Assert.True(firstUnnamed < 0 || lastNamed < firstUnnamed, string.Join("\n", names));
    }

    [Fact]
    public async Task Words_are_stemmed_so_walks_finds_the_walking_group()
    {
        var walks = await IdsAsync(_http, "search=walks");
        var walking = await IdsAsync(_http, "search=walking");

        Assert.Contains(WalkingGroupId, walks);
        Assert.Equal(walking.Order(StringComparer.Ordinal), walks.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("walkng", "walking")]
    [InlineData("wlaking", "walking")]
    [InlineData("counseling", "counselling")]
    [InlineData("conselling", "counselling")]
    public async Task A_misspelt_word_finds_what_was_meant(string misspelt, string meant)
    {
        var found = await IdsAsync(_http, $"search={misspelt}");
        var expected = await IdsAsync(_http, $"search={meant}");

        Assert.NotEmpty(found);
        Assert.All(found, id => Assert.Contains(id, expected));
    }

    [Fact]
    public async Task A_word_the_directory_knows_is_not_widened_to_words_one_letter_away()
    {
        var food = await IdsAsync(_http, "search=food");
        var foot = await IdsAsync(_http, "search=foot");

        Assert.Contains(DiabetesClinicId, foot);
        Assert.DoesNotContain(DiabetesClinicId, food);
    }

    [Fact]
    public async Task Taxonomy_term_names_are_searched()
    {
        // The walking group says nothing of isolation; its ncp-need term is "Loneliness and isolation".
        var walking = OrukSchemas.Parse(await GetJsonAsync(_http, $"{Services}/{WalkingGroupId}"));
        Assert.DoesNotContain("isolation", (string)walking["description"]!, StringComparison.OrdinalIgnoreCase);

        Assert.Contains(WalkingGroupId, await IdsAsync(_http, "search=isolation"));
    }

    [Fact]
    public async Task Every_word_must_match_somewhere()
    {
        var walking = await IdsAsync(_http, "search=walking");
        var walkingDebt = await IdsAsync(_http, "search=walking%20debt");

        Assert.NotEmpty(walking);
        Assert.Empty(walkingDebt);
    }

    [Fact]
    public async Task Accents_and_case_do_not_matter()
    {
        var plain = await IdsAsync(_http, "search=MEMORY%20CAFE");
        var accented = await IdsAsync(_http, "search=memory%20caf%C3%A9");

        Assert.NotEmpty(plain);
        Assert.Equal(accented, plain);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("with%20the")]
    [InlineData("%21%3F")]
    public async Task A_search_of_only_ignored_words_or_punctuation_finds_nothing(string search)
    {
        await AssertEmptyPageAsync(_http, $"{Services}?search={search}", "service_list", "service");
    }

    [Fact]
    public async Task Without_a_search_services_are_in_name_order()
    {
        var page = await GetAsync(_http, "per_page=200");

        var names = Contents(page).Select(s => ((string)s["name"]!).ToLowerInvariant()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Sort_by_name_orders_a_search_by_name_instead_of_relevance()
    {
        var page = await GetAsync(_http, "search=advice&sort=name&per_page=200");
        var byRelevance = await IdsAsync(_http, "search=advice");

        var names = Contents(page).Select(s => ((string)s["name"]!).ToLowerInvariant()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(byRelevance.Order(StringComparer.Ordinal), Ids(page).Order(StringComparer.Ordinal));
    }
}

public sealed class RelevanceOnSqliteTests(SqliteDirectoryFixture fixture) : RelevanceTests<SqliteDirectoryFixture>(fixture);

public sealed class RelevanceOnPostgresTests(PostgresDirectoryFixture fixture) : RelevanceTests<PostgresDirectoryFixture>(fixture);
