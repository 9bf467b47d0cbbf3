using System.Globalization;
using Directory.Api.Model;

namespace Directory.Api.OpeningHours;

/// <summary>
/// One ORUK schedule row read as the iCalendar recurrence it stands for: on which London days it
/// opens (freq WEEKLY or MONTHLY, interval counted from dtstart, byday, bymonthday, valid_from and
/// valid_to), and from when to when on each of them.
/// </summary>
internal sealed class ScheduleRule
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd"];

    private readonly bool _monthly;
    private readonly int _interval;
    private readonly DateOnly? _intervalAnchor;
    private readonly DateOnly? _firstDay;
    private readonly DateOnly? _validFrom;
    private readonly DateOnly? _validTo;
    private readonly IReadOnlyList<WeekdayRule> _weekdays;
    private readonly IReadOnlyList<int> _monthDays;
    private readonly TimeOnly _opens;
    private readonly TimeOnly _closes;

    private ScheduleRule(Schedule schedule, bool monthly, int interval, DateOnly? firstDay, IReadOnlyList<WeekdayRule> weekdays, IReadOnlyList<int> monthDays, TimeOnly opens, TimeOnly closes)
    {
        _monthly = monthly;
        _interval = interval;
        _firstDay = firstDay;
        // RFC 5545 counts the interval from DTSTART; without one, the first day the schedule is valid
        // is the only other date the row gives to count from.
        _intervalAnchor = firstDay ?? schedule.ValidFrom;
        _validFrom = schedule.ValidFrom;
        _validTo = schedule.ValidTo;
        _weekdays = weekdays;
        _monthDays = monthDays;
        _opens = opens;
        // ORUK times cannot say 24:00, so 23:59 is how a schedule says "until midnight": the last
        // minute is open too.
        _closes = closes >= new TimeOnly(23, 59) ? TimeOnly.MinValue : closes;
    }

    /// <summary>Open from midnight to midnight, every week, on the weekdays the row lists: with all seven covered, the service never closes.</summary>
    public bool IsAllDayWeekly => !_monthly && _interval == 1 && _monthDays.Count == 0 && _opens == TimeOnly.MinValue && _closes == TimeOnly.MinValue;

    public IEnumerable<DayOfWeek> Weekdays => _weekdays.Select(w => w.Day);

    /// <summary>
    /// The row as a rule, or null when it does not say enough to compute (no opens_at or closes_at, a
    /// frequency other than ORUK's WEEKLY and MONTHLY, a byday or bymonthday that cannot be read, an
    /// interval with nothing to count from). Such a row never makes a service open: a search that
    /// leaves a service out of "open now" costs a resident less than one that sends them to a shut door.
    /// </summary>
    public static ScheduleRule? From(Schedule schedule)
    {
        if (schedule is not { OpensAt: { } opens, ClosesAt: { } closes })
        {
            return null;
        }

        var monthly = schedule.Freq?.Trim().ToUpperInvariant() switch
        {
            "WEEKLY" => false,
            "MONTHLY" => true,
            _ => (bool?)null,
        };
        if (monthly is not { } isMonthly
            || !TryReadWeekdays(schedule.ByDay, allowOrdinals: isMonthly, out var weekdays)
            || !TryReadMonthDays(schedule.ByMonthDay, out var monthDays)
            || (!isMonthly && monthDays.Count > 0)
            || !TryReadDate(schedule.DtStart, out var firstDay))
        {
            return null;
        }

        // RFC 5545: with no BYDAY (weekly) or no BYDAY and BYMONTHDAY (monthly), the rule repeats on DTSTART's day.
        if (weekdays.Count == 0 && monthDays.Count == 0)
        {
            if (firstDay is not { } start)
            {
                return null;
            }

            if (isMonthly)
            {
                monthDays = [start.Day];
            }
            else
            {
                weekdays = [new WeekdayRule(start.DayOfWeek, null)];
            }
        }

        // A missing interval, or the 0 some feeds write for "not set", means every week or month.
        var interval = schedule.Interval is > 1 ? schedule.Interval.Value : 1;
        if (interval > 1 && (firstDay ?? schedule.ValidFrom) is null)
        {
            return null;
        }

        return new ScheduleRule(schedule, isMonthly, interval, firstDay, weekdays, monthDays, opens, closes);
    }

    /// <summary>Whether the row opens on this London day (an overnight opening belongs to the day it opened).</summary>
    public bool OccursOn(DateOnly day) =>
        (_validFrom is null || day >= _validFrom)
        && (_validTo is null || day <= _validTo)
        && (_firstDay is null || day >= _firstDay)
        && IsInInterval(day)
        && (_weekdays.Count == 0 || _weekdays.Any(w => w.Matches(day)))
        && (_monthDays.Count == 0 || _monthDays.Any(m => IsMonthDay(day, m)));

    /// <summary>
    /// The opening that starts on this day. Closing at or before opening time means closing the next
    /// day (20:00-02:00), and closing at the opening time means 24 hours. In the repeated autumn hour
    /// the opening starts at the first pass of its opening time and ends at the second pass of its
    /// closing time, so nobody is told a service is shut while the clock on its wall says it is open.
    /// </summary>
    public Opening OpeningOn(DateOnly day)
    {
        var closingDay = _closes <= _opens ? day.AddDays(1) : day;
        return new Opening(
            new LondonDateTime(day, _opens).Instants()[0],
            new LondonDateTime(closingDay, _closes).Instants()[^1]);
    }

    private bool IsInInterval(DateOnly day)
    {
        if (_interval == 1 || _intervalAnchor is not { } anchor)
        {
            return true;
        }

        // Weeks are counted Monday to Sunday (RFC 5545's default WKST), months by the calendar.
        var elapsed = _monthly
            ? ((day.Year - anchor.Year) * 12) + day.Month - anchor.Month
            : (StartOfWeek(day).DayNumber - StartOfWeek(anchor).DayNumber) / 7;
        return elapsed >= 0 && elapsed % _interval == 0;
    }

    private static bool IsMonthDay(DateOnly day, int monthDay) =>
        monthDay > 0 ? day.Day == monthDay : day.Day == DateTime.DaysInMonth(day.Year, day.Month) + monthDay + 1;

    private static bool TryReadWeekdays(string? byDay, bool allowOrdinals, out IReadOnlyList<WeekdayRule> weekdays)
    {
        var rules = new List<WeekdayRule>();
        weekdays = rules;
        foreach (var part in Parts(byDay))
        {
            if (part.Length < 2 || DayOf(part[^2..]) is not { } day)
            {
                return false;
            }

            int? ordinal = null;
            if (part.Length > 2)
            {
                // RFC 5545: "1SA" is the first Saturday of the month, "-1FR" the last Friday; only
                // meaningful monthly, and no month has a sixth.
                if (!allowOrdinals || !int.TryParse(part[..^2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n == 0 || Math.Abs(n) > 5)
                {
                    return false;
                }

                ordinal = n;
            }

            rules.Add(new WeekdayRule(day, ordinal));
        }

        return true;
    }

    private static bool TryReadMonthDays(string? byMonthDay, out IReadOnlyList<int> monthDays)
    {
        var days = new List<int>();
        monthDays = days;
        foreach (var part in Parts(byMonthDay))
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var day) || day == 0 || Math.Abs(day) > 31)
            {
                return false;
            }

            days.Add(day);
        }

        return true;
    }

    /// <summary>ORUK writes dtstart as a date ("2026-01-05"); an iCalendar DATE or DATE-TIME ("20260105T090000") is read by its date.</summary>
    private static bool TryReadDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var datePart = text.Trim().Split('T')[0];
        if (DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static IEnumerable<string> Parts(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => part.ToUpperInvariant());

    private static DayOfWeek? DayOf(string code) => code switch
    {
        "MO" => DayOfWeek.Monday,
        "TU" => DayOfWeek.Tuesday,
        "WE" => DayOfWeek.Wednesday,
        "TH" => DayOfWeek.Thursday,
        "FR" => DayOfWeek.Friday,
        "SA" => DayOfWeek.Saturday,
        "SU" => DayOfWeek.Sunday,
        _ => null,
    };

    private static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>A weekday, and for monthly rules optionally which one in the month (1 = first, -1 = last).</summary>
    private readonly record struct WeekdayRule(DayOfWeek Day, int? Ordinal)
    {
        public bool Matches(DateOnly date)
        {
            if (date.DayOfWeek != Day)
            {
                return false;
            }

            return Ordinal switch
            {
                null => true,
                > 0 => ((date.Day - 1) / 7) + 1 == Ordinal,
                _ => ((DateTime.DaysInMonth(date.Year, date.Month) - date.Day) / 7) + 1 == -Ordinal,
            };
        }
    }
}
