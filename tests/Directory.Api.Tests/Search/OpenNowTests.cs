using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary>
/// <c>open_now</c> with the host's clock fixed, on each engine. The walking group meets on Saturdays
/// 09:30-12:00 London time. British Summer Time ends on 2026-10-25: Saturday 2026-10-24 is on BST
/// (UTC+1), Saturday 2026-10-31 on GMT.
/// </summary>
public abstract class OpenNowTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : FixedClockDirectoryFixture
{
    private readonly HttpClient _http = fixture.ClockedHttp;

    [Theory]
    [InlineData("2026-10-24T09:30:00Z", true)]   // 10:30 BST
    [InlineData("2026-10-24T11:15:00Z", false)]  // 12:15 BST: closed, though 11:15 on a UTC clock
    [InlineData("2026-10-24T08:15:00Z", false)]  // 09:15 BST
    [InlineData("2026-10-31T10:30:00Z", true)]   // 10:30 GMT
    [InlineData("2026-10-31T11:15:00Z", true)]   // 11:15 GMT
    [InlineData("2026-10-31T09:15:00Z", false)]  // 09:15 GMT
    public async Task A_Saturday_morning_service_is_open_at_its_London_hours_either_side_of_the_clock_change(string utc, bool open)
    {
        fixture.Clock.Now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(open, (await IdsAsync(_http, "open_now=true")).Contains(WalkingGroupId));
    }

    [Fact]
    public async Task Open_now_asks_the_same_as_open_at_the_current_London_time()
    {
        fixture.Clock.Now = DateTimeOffset.Parse("2026-12-03T01:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var now = await IdsAsync(_http, "open_now=true");
        var at = await IdsAsync(_http, "open_at=2026-12-03T01:30");

        Assert.Contains(NightLineId, now);
        Assert.Equal(at, now);
    }

    [Fact]
    public async Task A_temporarily_closed_service_is_never_open_now()
    {
        fixture.Clock.Now = DateTimeOffset.Parse("2026-12-02T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var page = await FullAsync(_http, "open_now=true");

        Assert.NotEmpty(page);
        Assert.All(page, service => Assert.Equal("active", (string?)service["status"]));
    }

    [Fact]
    public async Task Open_now_false_does_not_filter()
    {
        Assert.Equal(await IdsAsync(_http, ""), await IdsAsync(_http, "open_now=false"));
    }
}

public sealed class OpenNowOnSqliteTests(SqliteFixedClockDirectoryFixture fixture) : OpenNowTests<SqliteFixedClockDirectoryFixture>(fixture);

public sealed class OpenNowOnPostgresTests(PostgresFixedClockDirectoryFixture fixture) : OpenNowTests<PostgresFixedClockDirectoryFixture>(fixture);
