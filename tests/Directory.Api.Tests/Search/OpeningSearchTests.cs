using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary>
/// <c>open_at</c> on each engine. The demo walking group meets on Saturdays 09:30-12:00 and Wednesdays
/// 14:00-15:30; the East London Night Line answers every night 20:00-02:00. 2026-12-25 is a Friday and
/// a bank holiday; 2026-12-18 a Friday that is not.
/// </summary>
public abstract class OpeningSearchTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private readonly HttpClient _http = fixture.Http;

    [Theory]
    [InlineData("2026-12-05T10:30", true)]
    [InlineData("2026-12-05T09:30", true)]
    [InlineData("2026-12-05T12:00", false)]
    [InlineData("2026-12-04T10:30", false)]
    [InlineData("2026-07-04T10:30", true)]
    [InlineData("2026-12-02T14:30:00", true)]
    public async Task Open_at_keeps_services_open_at_that_London_time(string londonTime, bool walkingGroupOpen)
    {
        var open = await IdsAsync(_http, $"open_at={londonTime}");

        Assert.Equal(walkingGroupOpen, open.Contains(WalkingGroupId));
    }

    [Theory]
    [InlineData("2026-12-03T01:30", true)]
    [InlineData("2026-12-03T02:00", false)]
    [InlineData("2026-12-03T19:59", false)]
    [InlineData("2026-12-03T23:00", true)]
    public async Task Overnight_hours_are_open_after_midnight(string londonTime, bool nightLineOpen)
    {
        var open = await IdsAsync(_http, $"open_at={londonTime}");

        Assert.Equal(nightLineOpen, open.Contains(NightLineId));
    }

    [Fact]
    public async Task A_bank_holiday_closes_a_service_that_is_not_open_around_the_clock()
    {
        var ordinaryFriday = await IdsAsync(_http, "open_at=2026-12-18T21:00");
        var christmasDay = await IdsAsync(_http, "open_at=2026-12-25T21:00");

        Assert.Contains(NightLineId, ordinaryFriday);
        Assert.DoesNotContain(NightLineId, christmasDay);
        Assert.True(christmasDay.Count < ordinaryFriday.Count);
    }

    [Fact]
    public async Task An_opening_that_began_the_evening_before_a_bank_holiday_runs_into_it()
    {
        Assert.Contains(NightLineId, await IdsAsync(_http, "open_at=2026-12-25T01:00"));
    }

    [Fact]
    public async Task Open_at_combines_with_a_search_and_a_place()
    {
        var found = await IdsAsync(_http, "open_at=2026-12-05T10:30&search=walk&postcode=E6%202RT&proximity=3000&age=70");

        Assert.Equal([WalkingGroupId], found);
    }
}

public sealed class OpeningSearchOnSqliteTests(SqliteDirectoryFixture fixture) : OpeningSearchTests<SqliteDirectoryFixture>(fixture);

public sealed class OpeningSearchOnPostgresTests(PostgresDirectoryFixture fixture) : OpeningSearchTests<PostgresDirectoryFixture>(fixture);
