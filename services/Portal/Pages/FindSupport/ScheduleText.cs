using System.Globalization;
using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>ORUK schedules in plain English: "Saturdays, 10am to 11:30am", "Monday to Friday, 9am to 5pm".</summary>
public static class ScheduleText
{
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The days and hours of a weekly schedule, or null for one that cannot be said simply (another
    /// frequency, every other week, days we cannot read): its own description then speaks for it.
    /// </summary>
    public static string? Describe(ScheduleDocument schedule)
    {
        if (!string.Equals(schedule.Freq, "WEEKLY", StringComparison.OrdinalIgnoreCase) || schedule.Interval is not (null or 1))
        {
            return null;
        }

        var days = Days(schedule.Byday);
        if (days is null)
        {
            return null;
        }

        var hours = Hours(ParseTime(schedule.OpensAt), ParseTime(schedule.ClosesAt));
        return hours is null ? days : $"{days}, {hours}";
    }

    /// <summary>"From 3 March 2027", "Until 21 July 2027", "From 21 December 2026 to 23 December 2026", or null when always valid.</summary>
    public static string? DescribeDates(ScheduleDocument schedule)
    {
        var from = ParseDate(schedule.ValidFrom);
        var to = ParseDate(schedule.ValidTo);
        return (from, to) switch
        {
            ({ } start, { } end) => $"From {Date(start)} to {Date(end)}",
            ({ } start, null) => $"From {Date(start)}",
            (null, { } end) => $"Until {Date(end)}",
            _ => null,
        };
    }

    /// <summary>GOV.UK style: 10am, 11:30am, midday, midnight.</summary>
    public static string Time(TimeOnly time)
    {
        if (time is { Minute: 0, Hour: 0 or 12 })
        {
            return time.Hour == 0 ? "midnight" : "midday";
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $":{time.Minute:00}");
        return string.Create(CultureInfo.InvariantCulture, $"{hour}{minutes}{(time.Hour < 12 ? "am" : "pm")}");
    }

    private static string? Days(string? byDay)
    {
        if (string.IsNullOrWhiteSpace(byDay))
        {
            return null;
        }

        var indexes = new List<int>();
        foreach (var code in byDay.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var index = Array.IndexOf(DayCodes, code.ToUpperInvariant());
            if (index < 0)
            {
                return null;
            }

            indexes.Add(index);
        }

        var days = indexes.Distinct().Order().ToList();
        if (days.Count == DayCodes.Length)
        {
            return "Every day";
        }

        // Three or more days in a row read as a range; fewer, or with gaps, as a list.
        if (days.Count >= 3 && days[^1] - days[0] == days.Count - 1)
        {
            return $"{DayName(days[0])} to {DayName(days[^1])}";
        }

        var plurals = days.Select(day => DayName(day) + "s").ToList();
        return plurals.Count == 1
            ? plurals[0]
            : $"{string.Join(", ", plurals[..^1])} and {plurals[^1]}";
    }

    private static string? Hours(TimeOnly? opens, TimeOnly? closes) => (opens, closes) switch
    {
        ({ Hour: 0, Minute: 0 }, { Hour: 23, Minute: 59 }) => "24 hours",
        ({ } open, { } close) => $"{Time(open)} to {Time(close)}",
        ({ } open, null) => $"from {Time(open)}",
        (null, { } close) => $"until {Time(close)}",
        _ => null,
    };

    private static string DayName(int index) => English.DateTimeFormat.GetDayName((DayOfWeek)((index + 1) % 7));

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value?.Length > 5 ? value[..5] : value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Length > 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
