using System.Net;
using System.Text.Json.Nodes;
using Platform.Testing;

namespace DirectoryBenchmark.Tests;

/// <summary>
/// The baseline runs against the Directory's own PostgreSQL tables, so it is tested against a real
/// Directory that has migrated and seeded them: a schema change that breaks the baseline query fails here.
/// </summary>
public sealed class PostgresBaselineTests : IAsyncLifetime
{
    private static readonly Guid WalkingGroup = Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01");

    // Wednesday 2 December 2026, 14:30 in London: the walks run on Wednesdays from 14:00 to 15:30.
    private static readonly DateTime WednesdayAfternoon = new(2026, 12, 2, 14, 30, 0);

    private TestDatabase _database = null!;
    private ServiceHost<global::Program> _directory = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres, "baseline");
        var settings = _database.SettingsFor("Directory");
        settings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");
        _directory = new ServiceHost<global::Program>(settings);
        using var http = _directory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/directory/services?per_page=1")).StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _directory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_baseline_finds_the_walking_group_near_it_while_it_walks()
    {
        await using var baseline = await PostgresBaseline.OpenAsync(_database.ConnectionString, TextWriter.Null, CancellationToken.None);
        var search = Near("E6 3", "walking", age: 40);

        var answer = await baseline.SearchAsync(search, WednesdayAfternoon, CancellationToken.None);

        Assert.Contains(WalkingGroup, answer.Page);
        Assert.Equal(answer.Page.Count, answer.Total);
    }

    [Theory]
    [InlineData("E6 3", "walking", 16, 14, 30)]
    [InlineData("E6 3", "walking", 40, 16, 0)]
    [InlineData("EN1 1", "walking", 40, 14, 30)]
    [InlineData("E6 3", "pottery", 40, 14, 30)]
    public async Task The_baseline_leaves_the_walking_group_out_when_a_filter_does_not_hold(string sector, string words, int age, int hour, int minute)
    {
        await using var baseline = await PostgresBaseline.OpenAsync(_database.ConnectionString, TextWriter.Null, CancellationToken.None);

        var answer = await baseline.SearchAsync(Near(sector, words, age), WednesdayAfternoon.Date.AddHours(hour).AddMinutes(minute), CancellationToken.None);

        Assert.DoesNotContain(WalkingGroup, answer.Page);
    }

    [Fact]
    public async Task A_service_for_one_councils_residents_is_found_from_its_council_and_not_from_next_door()
    {
        var debtAdvice = Guid.Parse("b20b1250-1237-4ab7-a9b1-12a29257c937");
        var tuesdayMorning = new DateTime(2026, 12, 1, 10, 30, 0);
        await using var baseline = await PostgresBaseline.OpenAsync(_database.ConnectionString, TextWriter.Null, CancellationToken.None);

        var fromBarking = await baseline.SearchAsync(Near("IG11 7", "benefits", 43), tuesdayMorning, CancellationToken.None);
        var fromEastHam = await baseline.SearchAsync(Near("E6 2", "benefits", 43), tuesdayMorning, CancellationToken.None);

        Assert.Contains(debtAdvice, fromBarking.Page);
        Assert.DoesNotContain(debtAdvice, fromEastHam.Page);
    }

    [Fact]
    public async Task Every_service_the_baseline_finds_the_Directory_finds_too()
    {
        await using var baseline = await PostgresBaseline.OpenAsync(_database.ConnectionString, TextWriter.Null, CancellationToken.None);
        var workload = SearchWorkload.Create(RepositoryFiles.PathOf("data", "postcodes", "london_postcode_sectors.csv"), seed: 3, openNow: false,
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
        using var http = _directory.CreateHttpClient();
        var compared = 0;
        var found = 0;
        foreach (var search in workload.Cases.Take(150))
        {
            using var response = await http.GetAsync("/api/directory/" + workload.DirectoryQuery(search).Replace($"per_page={SearchWorkload.PageSize}", "per_page=50", StringComparison.Ordinal));
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                continue;
            }

            var page = JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
            var directoryIds = page["contents"]!.AsArray().Select(s => Guid.Parse((string)s!["id"]!)).ToHashSet();
            var answer = await baseline.SearchAsync(search, workload.OpenAtLondon, CancellationToken.None);
            Assert.All(answer.Page, id => Assert.True(directoryIds.Contains(id), $"The baseline found {id} for '{search.Text}' near {search.Postcode}, age {search.Age}; the Directory did not."));
            compared++;
            found += answer.Total;
        }

        Assert.True(compared > 140, "Nearly every search in the workload should be one the Directory answers.");
        Assert.True(found > 0, "On the demo data some searches should find services, or the comparison proves nothing.");
    }

    [Fact]
    public async Task A_row_is_found_by_its_id_and_an_unknown_id_finds_nothing()
    {
        await using var baseline = await PostgresBaseline.OpenAsync(_database.ConnectionString, TextWriter.Null, CancellationToken.None);

        Assert.True(await baseline.FindByIdAsync(WalkingGroup, CancellationToken.None));
        Assert.False(await baseline.FindByIdAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Equal(20, (await baseline.SampleServiceIdsAsync(20, seed: 1, CancellationToken.None)).Distinct().Count());
    }

    private static SearchCase Near(string sector, string words, int age)
    {
        var place = PostcodeSector.ReadAll(RepositoryFiles.PathOf("data", "postcodes", "london_postcode_sectors.csv")).Single(s => s.Sector == sector);
        return new SearchCase(words, sector + "AA", place.Latitude, place.Longitude, place.Council, age);
    }
}
