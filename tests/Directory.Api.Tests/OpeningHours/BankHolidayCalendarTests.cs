using System.Text.Json.Nodes;
using Directory.Api.OpeningHours;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Testing;
using static Directory.Api.Tests.OpeningHours.ScheduleRows;

namespace Directory.Api.Tests.OpeningHours;

/// <summary>The England and Wales bank holidays kept in data/bank-holidays, as the build copies them beside the Directory.</summary>
public sealed class BankHolidayCalendarTests
{
    private static readonly JsonNode Feed = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("data", "bank-holidays", "england-and-wales.json")))!;

    private static IEnumerable<DateOnly> Dates =>
        Feed["england-and-wales"]!["events"]!.AsArray().Select(e => Date((string)e!["date"]!));

    [Theory]
    [InlineData("2024-12-26")]
    [InlineData("2025-08-25")]
    [InlineData("2026-12-25")]
    [InlineData("2026-12-28")] // Boxing Day, substitute day
    [InlineData("2027-03-26")] // Good Friday
    [InlineData("2027-12-27")] // Christmas Day, substitute day
    [InlineData("2027-12-28")] // Boxing Day, substitute day
    [InlineData("2028-01-03")] // New Year's Day, substitute day
    public void These_are_bank_holidays(string date)
    {
        Assert.True(BankHolidays.IsBankHoliday(Date(date)));
    }

    [Theory]
    [InlineData("2026-12-24")]
    [InlineData("2026-12-26")] // a Saturday: the holiday moved to Monday
    [InlineData("2027-12-25")]
    [InlineData("2028-01-01")]
    [InlineData("2026-11-30")]
    public void These_are_not(string date)
    {
        Assert.False(BankHolidays.IsBankHoliday(Date(date)));
    }

    [Fact]
    public void Every_year_from_2024_to_2028_has_eight_bank_holidays_all_on_weekdays()
    {
        var byYear = Dates.GroupBy(date => date.Year).ToDictionary(year => year.Key, year => year.ToList());

        Assert.Equal([2024, 2025, 2026, 2027, 2028], byYear.Keys.Order());
        Assert.All(byYear.Values, year => Assert.Equal(8, year.Count));
        Assert.All(Dates, date => Assert.InRange((int)date.DayOfWeek, (int)DayOfWeek.Monday, (int)DayOfWeek.Friday));
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_fall_either_side_of_Easter_every_year()
    {
        for (var year = 2024; year <= 2028; year++)
        {
            var easter = EasterSunday(year);
            Assert.True(BankHolidays.IsBankHoliday(easter.AddDays(-2)), $"Good Friday {year}");
            Assert.True(BankHolidays.IsBankHoliday(easter.AddDays(1)), $"Easter Monday {year}");
        }
    }

    [Fact]
    public void The_file_keeps_the_shape_of_the_GOV_UK_feed()
    {
        var division = Feed["england-and-wales"]!;

        Assert.Equal("england-and-wales", (string?)division["division"]);
        Assert.All(division["events"]!.AsArray(), e =>
        {
            Assert.Equal(["title", "date", "notes", "bunting"], e!.AsObject().Select(property => property.Key));
            Assert.Contains((string?)e["notes"], new[] { "", "Substitute day" });
        });
    }

    [Fact]
    public void AddOpeningHours_registers_the_calendar()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddOpeningHours();
        using var host = builder.Build();

        Assert.True(host.Services.GetRequiredService<BankHolidayCalendar>().IsBankHoliday(Date("2026-12-25")));
    }

    /// <summary>The anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data.</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
