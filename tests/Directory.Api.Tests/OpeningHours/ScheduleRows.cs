using System.Globalization;
using Directory.Api.Model;
using Directory.Api.OpeningHours;

namespace Directory.Api.Tests.OpeningHours;

/// <summary>Schedule rows as a provider would write them, and fixed instants to ask about (never the wall clock).</summary>
internal static class ScheduleRows
{
    public static BankHolidayCalendar BankHolidays { get; } = BankHolidayCalendar.Load(BankHolidayCalendar.DefaultPath);

    public static Schedule Weekly(string byDay, string opens, string closes) =>
        new() { Id = Guid.NewGuid(), Freq = "WEEKLY", Interval = 1, ByDay = byDay, OpensAt = Time(opens), ClosesAt = Time(closes) };

    public static Schedule Monthly(string opens, string closes, string? byDay = null, string? byMonthDay = null) =>
        new() { Id = Guid.NewGuid(), Freq = "MONTHLY", Interval = 1, ByDay = byDay, ByMonthDay = byMonthDay, OpensAt = Time(opens), ClosesAt = Time(closes) };

    public static OpeningSchedule Hours(params Schedule[] schedules) => new(schedules, BankHolidays);

    /// <summary>An instant written in UTC: "2026-07-15T08:30" is 08:30Z.</summary>
    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static LondonDateTime London(string text) =>
        LondonDateTime.TryParse(text, out var reading) ? reading : throw new FormatException(text);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
