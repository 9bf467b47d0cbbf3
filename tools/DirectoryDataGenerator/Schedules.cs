using System.Globalization;

namespace DirectoryDataGenerator;

/// <summary>One ORUK schedule, before ids are given to it.</summary>
public sealed record ScheduleSpec(
    string Freq,
    int Interval,
    string ByDay,
    string OpensAt,
    string ClosesAt,
    string Description,
    string? DtStart = null,
    string? ValidFrom = null,
    string? ValidTo = null)
{
    public string? Notes { get; init; }
    public bool Virtual { get; init; }
}

/// <summary>Opening times of the shapes real directories hold, described as a resident would read them.</summary>
public static class Schedules
{
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly (string Opens, string Closes)[] DaySessions =
    [
        ("09:30", "11:30"), ("10:00", "12:00"), ("10:30", "12:30"), ("11:00", "14:00"), ("13:00", "15:00"), ("13:30", "15:30"), ("14:00", "16:00"),
    ];
    private static readonly (string Opens, string Closes)[] EveningSessions = [("17:30", "19:30"), ("18:00", "20:00"), ("18:00", "21:00"), ("18:30", "20:30"), ("19:00", "21:00")];
    private static readonly (string Opens, string Closes)[] WeekendSessions = [("10:00", "12:00"), ("10:00", "13:00"), ("11:00", "15:00"), ("12:00", "16:00")];
    private static readonly (string Opens, string Closes)[] OfficeHours = [("09:00", "17:00"), ("09:30", "16:30"), ("10:00", "16:00"), ("08:30", "18:00")];
    private static readonly (string Opens, string Closes)[] Nights = [("20:00", "02:00"), ("22:00", "06:00"), ("19:30", "08:00"), ("18:00", "00:00")];
    private static readonly (string From, string To, string Name)[] Terms =
    [
        ("2026-09-03", "2026-12-18", "the autumn term"), ("2027-01-05", "2027-03-26", "the spring term"), ("2027-04-12", "2027-07-21", "the summer term"),
    ];
    private static readonly (string From, string To, string Name)[] Holidays =
    [
        ("2026-12-21", "2026-12-31", "the Christmas holidays"), ("2027-02-15", "2027-02-19", "the February half-term"),
        ("2027-04-05", "2027-04-09", "the Easter holidays"), ("2027-07-26", "2027-08-27", "the summer holidays"),
    ];

    public static List<ScheduleSpec> For(Timing timing, Random random, bool appointments)
    {
        var notes = appointments ? "Appointment only" : null;
        var list = new List<ScheduleSpec>();
        switch (timing)
        {
            case Timing.OfficeHours:
            {
                var (opens, closes) = Pick(random, OfficeHours);
                var days = random.Next(4) == 0 ? "MO,TU,WE,TH" : "MO,TU,WE,TH,FR";
                list.Add(Weekly(days, opens, closes) with { Notes = notes });
                if (random.Next(10) < 4)
                {
                    var evening = Days[random.Next(5)];
                    list.Add(Weekly(evening, closes, random.Next(2) == 0 ? "19:00" : "20:00", $"{DayNames[Array.IndexOf(Days, evening)]} evenings until") with { Notes = "Appointment only" });
                }

                if (random.Next(4) == 0)
                {
                    list.Add(Weekly("SA", "10:00", "13:00") with { Notes = notes });
                }

                break;
            }

            case Timing.Sessions:
            {
                var count = random.Next(1, 3);
                foreach (var day in DistinctDays(random, count, 5))
                {
                    var (opens, closes) = Pick(random, DaySessions);
                    list.Add(Weekly(day, opens, closes) with { Notes = notes });
                }

                break;
            }

            case Timing.Evenings:
            {
                var (opens, closes) = Pick(random, EveningSessions);
                list.Add(Weekly(string.Join(',', DistinctDays(random, random.Next(1, 4), 5)), opens, closes) with { Notes = notes });
                break;
            }

            case Timing.Weekends:
            {
                var (opens, closes) = Pick(random, WeekendSessions);
                list.Add(Weekly(random.Next(3) switch { 0 => "SA", 1 => "SU", _ => "SA,SU" }, opens, closes) with { Notes = notes });
                if (random.Next(2) == 0)
                {
                    var (dayOpens, dayCloses) = Pick(random, DaySessions);
                    list.Add(Weekly(Days[random.Next(5)], dayOpens, dayCloses) with { Notes = notes });
                }

                break;
            }

            case Timing.AllDay:
                list.Add(new ScheduleSpec("WEEKLY", 1, "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "24 hours a day, every day, including bank holidays.") { Virtual = true });
                break;

            case Timing.Overnight:
            {
                var (opens, closes) = Pick(random, Nights);
                var winter = random.Next(2) == 0;
                var spec = Weekly(random.Next(4) == 0 ? "FR,SA" : "MO,TU,WE,TH,FR,SA,SU", opens, closes);
                list.Add(winter
                    ? spec with { ValidFrom = "2026-12-01", ValidTo = "2027-03-31", Description = spec.Description.TrimEnd('.') + ", from 1 December 2026 to 31 March 2027." }
                    : spec);
                break;
            }

            case Timing.Fortnightly:
            {
                var day = random.Next(6);
                var (opens, closes) = day == 5 ? Pick(random, WeekendSessions) : Pick(random, random.Next(3) == 0 ? EveningSessions : DaySessions);
                var start = FirstOnOrAfter(new DateOnly(2026, 9, 7).AddDays(random.Next(70)), day);
                list.Add(new ScheduleSpec("WEEKLY", 2, Days[day], opens, closes,
                    $"Every other {DayNames[day]}, {Time(opens)} to {Time(closes)}.", DtStart: Date(start)) { Notes = notes });
                break;
            }

            case Timing.Monthly:
            {
                var day = random.Next(7);
                var nth = random.Next(5) switch { 4 => -1, var n => n + 1 };
                var (opens, closes) = day >= 5 ? Pick(random, WeekendSessions) : Pick(random, DaySessions);
                var ordinal = nth == -1 ? "Last" : new[] { "First", "Second", "Third", "Fourth" }[nth - 1];
                list.Add(new ScheduleSpec("MONTHLY", 1, $"{nth}{Days[day]}", opens, closes,
                    $"{ordinal} {DayNames[day]} of every month, {Time(opens)} to {Time(closes)}.", DtStart: Date(NthWeekday(2026, 11, day, nth))) { Notes = notes });
                break;
            }

            case Timing.TermTime:
            {
                var term = Terms[random.Next(Terms.Length)];
                var evening = random.Next(3) == 0;
                var (opens, closes) = evening ? Pick(random, EveningSessions) : Pick(random, DaySessions);
                var days = string.Join(',', DistinctDays(random, random.Next(1, 3), 5));
                list.Add(Weekly(days, opens, closes) with
                {
                    ValidFrom = term.From,
                    ValidTo = term.To,
                    Description = $"{Phrase(days)}, {Time(opens)} to {Time(closes)}, in {term.Name} ({LongDate(term.From)} to {LongDate(term.To)}).",
                    Notes = "Booking needed",
                });
                break;
            }

            case Timing.Winter:
            {
                var days = random.Next(2) == 0 ? "MO,TU,WE,TH" : "MO,WE,FR";
                list.Add(Weekly(days, "10:00", "16:00") with
                {
                    ValidFrom = "2026-11-02",
                    ValidTo = "2027-03-26",
                    Description = $"{Phrase(days)}, 10am to 4pm, from 2 November 2026 to 26 March 2027.",
                });
                break;
            }

            case Timing.Summer:
            {
                var (opens, closes) = Pick(random, WeekendSessions);
                var days = random.Next(2) == 0 ? "WE,SA" : "SA,SU";
                list.Add(Weekly(days, opens, closes) with
                {
                    ValidFrom = "2027-03-01",
                    ValidTo = "2027-10-31",
                    Description = $"{Phrase(days)}, {Time(opens)} to {Time(closes)}, from March to October.",
                });
                break;
            }

            case Timing.SchoolHolidays:
            {
                var holiday = Holidays[random.Next(Holidays.Length)];
                list.Add(Weekly("MO,TU,WE,TH,FR", "10:00", "15:00") with
                {
                    ValidFrom = holiday.From,
                    ValidTo = holiday.To,
                    Description = $"Weekdays in {holiday.Name}, {LongDate(holiday.From)} to {LongDate(holiday.To)}, 10am to 3pm.",
                    Notes = "Booking needed",
                });
                break;
            }
        }

        return list;
    }

    /// <summary>"Monday, Wednesday and Friday" from "MO,WE,FR".</summary>
    public static string Phrase(string byDay)
    {
        if (byDay == "MO,TU,WE,TH,FR")
        {
            return "Monday to Friday";
        }

        if (byDay == "MO,TU,WE,TH,FR,SA,SU")
        {
            return "Every day";
        }

        var names = byDay.Split(',').Select(day => DayNames[Array.IndexOf(Days, day)] + "s").ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>"10am", "1:30pm", "midday", "midnight" from "HH:MM".</summary>
    public static string Time(string hhmm)
    {
        var hours = int.Parse(hhmm.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var minutes = int.Parse(hhmm.AsSpan(3, 2), CultureInfo.InvariantCulture);
        if (minutes == 0 && hours == 12)
        {
            return "midday";
        }

        if (minutes == 0 && hours == 0)
        {
            return "midnight";
        }

        var hour12 = hours % 12 == 0 ? 12 : hours % 12;
        var suffix = hours < 12 ? "am" : "pm";
        return minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour12}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour12}:{minutes:00}{suffix}");
    }

    /// <summary>The nth (or, for -1, last) given weekday (0 Monday) of a month.</summary>
    public static DateOnly NthWeekday(int year, int month, int day, int nth)
    {
        if (nth > 0)
        {
            return FirstOnOrAfter(new DateOnly(year, month, 1), day).AddDays(7 * (nth - 1));
        }

        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var back = ((int)last.DayOfWeek + 6) % 7 - day;
        return last.AddDays(-(back < 0 ? back + 7 : back));
    }

    private static ScheduleSpec Weekly(string byDay, string opens, string closes, string? lead = null) =>
        new("WEEKLY", 1, byDay, opens, closes,
            lead is null ? $"{Phrase(byDay)}, {Time(opens)} to {Time(closes)}." : $"{lead} {Time(closes)}.");

    private static DateOnly FirstOnOrAfter(DateOnly date, int day) => date.AddDays((day - ((int)date.DayOfWeek + 6) % 7 + 7) % 7);

    private static IEnumerable<string> DistinctDays(Random random, int count, int range) =>
        Enumerable.Range(0, range).OrderBy(_ => random.Next()).Take(count).Order().Select(day => Days[day]);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string LongDate(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
