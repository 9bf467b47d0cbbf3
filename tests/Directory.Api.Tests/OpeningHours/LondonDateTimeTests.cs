using Directory.Api.OpeningHours;
using static Directory.Api.Tests.OpeningHours.ScheduleRows;

namespace Directory.Api.Tests.OpeningHours;

public sealed class LondonDateTimeTests
{
    [Theory]
    [InlineData("2026-12-05T10:00", "2026-12-05", 10, 0, 0)]
    [InlineData("2026-12-05T10:00:30", "2026-12-05", 10, 0, 30)]
    [InlineData("2026-03-29T01:30", "2026-03-29", 1, 30, 0)] // a reading the clocks skip is still a reading
    public void An_open_at_value_is_read_as_a_London_clock_reading(string text, string date, int hour, int minute, int second)
    {
        Assert.True(LondonDateTime.TryParse(text, out var reading));
        Assert.Equal(new LondonDateTime(Date(date), new TimeOnly(hour, minute, second)), reading);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-12-05T10:00Z")] // an instant, not a clock reading
    [InlineData("2026-12-05T10:00+01:00")]
    [InlineData("2026-12-05")] // no time
    [InlineData("2026-12-05 10:00")]
    [InlineData("2026-13-05T10:00")]
    [InlineData("2026-12-05T25:00")]
    [InlineData("tomorrow at ten")]
    public void Anything_else_is_not_an_open_at_value(string? text)
    {
        Assert.False(LondonDateTime.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2026-01-14T09:30", "2026-01-14T09:30")] // GMT
    [InlineData("2026-07-15T08:30", "2026-07-15T09:30")] // BST
    [InlineData("2026-03-29T00:59", "2026-03-29T00:59")] // the last minute of GMT
    [InlineData("2026-03-29T01:30", "2026-03-29T02:30")] // BST from 01:00Z
    [InlineData("2026-10-25T00:30", "2026-10-25T01:30")] // the first 01:30, BST
    [InlineData("2026-10-25T01:30", "2026-10-25T01:30")] // the second, GMT
    public void An_instant_reads_as_London_clock_time(string utc, string london)
    {
        Assert.Equal(london, LondonDateTime.FromInstant(Utc(utc)).ToString());
    }

    [Fact]
    public void An_ordinary_reading_is_one_instant()
    {
        Assert.Equal([Utc("2026-07-15T08:00")], London("2026-07-15T09:00").Instants());
        Assert.Equal([Utc("2026-01-14T09:00")], London("2026-01-14T09:00").Instants());
    }

    [Fact]
    public void A_reading_in_the_repeated_autumn_hour_is_two_instants_first_BST_then_GMT()
    {
        var instants = London("2026-10-25T01:30").Instants();

        Assert.Equal([Utc("2026-10-25T00:30"), Utc("2026-10-25T01:30")], instants);
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.Zero], instants.Select(instant => instant.Offset));
    }

    [Fact]
    public void A_reading_in_the_skipped_spring_hour_is_the_instant_it_would_have_been_in_GMT()
    {
        Assert.Equal([Utc("2026-03-29T01:30")], London("2026-03-29T01:30").Instants());
    }

    [Fact]
    public void An_instant_is_shown_in_London_offset()
    {
        Assert.Equal(TimeSpan.FromHours(1), LondonDateTime.InLondon(Utc("2026-07-15T08:00")).Offset);
        Assert.Equal(TimeSpan.Zero, LondonDateTime.InLondon(Utc("2026-12-15T08:00")).Offset);
    }
}
