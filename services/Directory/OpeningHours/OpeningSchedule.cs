using Directory.Api.Model;

namespace Directory.Api.OpeningHours;

/// <summary>
/// When a service is open, from its ORUK schedule rows, in London time: the answer behind
/// <c>open_now</c>, <c>open_at</c> and "opens Tuesday at 9:00". Immutable, so a search index can build
/// one per service and share it between requests.
/// </summary>
/// <remarks>
/// Times in the rows are London clock times on the day: 09:00-17:00 is open at 09:30 in January (GMT)
/// and in July (BST) alike. An opening that runs past midnight (20:00-02:00) belongs to the day it
/// started on: that day must be one the row lists, valid (valid_from and valid_to are inclusive), and
/// not a bank holiday.
///
/// Bank holidays: services are closed on England and Wales bank holidays, unless they are open around
/// the clock (all day, every day of the week). ORUK has no field for "open on bank holidays", and
/// descriptions and notes are free text this does not try to read; most council, NHS community and
/// voluntary services close on bank holidays, and telling a resident a service is open when it is
/// shut costs them a wasted journey, while the opposite error costs a missed search result. A service
/// that never closes (a crisis line) exists to be open on those days too.
/// </remarks>
public sealed class OpeningSchedule
{
    /// <summary>How far ahead <see cref="NextOpening"/> looks: a fortnight catches fortnightly sessions.</summary>
    public static readonly TimeSpan NextOpeningHorizon = TimeSpan.FromDays(14);

    private readonly IReadOnlyList<ScheduleRule> _rules;
    private readonly BankHolidayCalendar _bankHolidays;
    private readonly bool _closesOnBankHolidays;

    public OpeningSchedule(IEnumerable<Schedule> schedules, BankHolidayCalendar bankHolidays)
    {
        _rules = schedules.Select(ScheduleRule.From).OfType<ScheduleRule>().ToList();
        _bankHolidays = bankHolidays;
        var daysOpenAllDay = _rules.Where(rule => rule.IsAllDayWeekly).SelectMany(rule => rule.Weekdays).ToHashSet();
        _closesOnBankHolidays = daysOpenAllDay.Count < 7;
    }

    public bool IsOpenAt(DateTimeOffset instant)
    {
        // An opening ends on the day it started or the next, so only openings that started today or
        // yesterday (London days) can still be running.
        var today = LondonDateTime.FromInstant(instant).Date;
        return OpeningsStartingOn(today.AddDays(-1)).Concat(OpeningsStartingOn(today)).Any(opening => opening.Contains(instant));
    }

    /// <summary>
    /// Open at a London clock reading ("2026-12-05T10:00"). A reading in the repeated autumn hour is
    /// open if the service is open at either of its instants; one in the missing spring hour is read as
    /// the clocks would have shown it had they not gone forward.
    /// </summary>
    public bool IsOpenAt(LondonDateTime londonTime) => londonTime.Instants().Any(IsOpenAt);

    /// <summary>
    /// When the service next opens, at or after <paramref name="from"/> and within
    /// <see cref="NextOpeningHorizon"/>, in London's offset; null when it does not. A service already
    /// open at <paramref name="from"/> next opens after it next closes: back-to-back openings (Monday
    /// all day, then Tuesday all day) are one stretch, not a new opening at midnight.
    /// </summary>
    public DateTimeOffset? NextOpening(DateTimeOffset from)
    {
        var horizon = from + NextOpeningHorizon;
        var firstDay = LondonDateTime.FromInstant(from).Date.AddDays(-1);
        var lastDay = LondonDateTime.FromInstant(horizon).Date;
        var openings = Enumerable.Range(0, lastDay.DayNumber - firstDay.DayNumber + 1)
            .SelectMany(offset => OpeningsStartingOn(firstDay.AddDays(offset)))
            .OrderBy(opening => opening.Start);

        DateTimeOffset? openUntil = null;
        foreach (var opening in openings)
        {
            var continuesAnOpening = openUntil is { } until && opening.Start <= until;
            if (!continuesAnOpening && opening.Start >= from)
            {
                return opening.Start <= horizon ? LondonDateTime.InLondon(opening.Start) : null;
            }

            openUntil = openUntil is { } soFar && soFar > opening.End ? soFar : opening.End;
        }

        return null;
    }

    private IEnumerable<Opening> OpeningsStartingOn(DateOnly day) =>
        _closesOnBankHolidays && _bankHolidays.IsBankHoliday(day)
            ? []
            : _rules.Where(rule => rule.OccursOn(day)).Select(rule => rule.OpeningOn(day));
}
