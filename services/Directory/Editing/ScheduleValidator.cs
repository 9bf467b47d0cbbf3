using Directory.Api.OpenReferral.Documents;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// A schedule the opening-hours rules can read: ORUK's WEEKLY or MONTHLY, weekday codes (with ordinals
/// only when monthly), month days only when monthly, times on the 24-hour clock, dates that run forwards.
/// </summary>
public static class ScheduleValidator
{
    public static void Validate(ScheduleDocument schedule, string path, ValidationErrors errors)
    {
        RecordIds.RequireId(schedule.Id, path, errors);
        var monthly = schedule.Freq == "MONTHLY";
        if (schedule.Freq is not null and not ("WEEKLY" or "MONTHLY"))
        {
            errors.Add(FieldPath.Of(path, "freq"), "freq is WEEKLY or MONTHLY.");
        }

        if (schedule.Freq is null && (schedule.Byday is not null || schedule.Bymonthday is not null || schedule.Interval is not null))
        {
            errors.Add(FieldPath.Of(path, "freq"), "Give freq (WEEKLY or MONTHLY) for byday, bymonthday or interval to count in.");
        }

        if (schedule.Byday is { } byDay && !FieldRules.IsByDay(byDay, monthly))
        {
            errors.Add(FieldPath.Of(path, "byday"), monthly
                ? "byday lists weekday codes (MO, TU, WE, TH, FR, SA, SU) separated by commas, each optionally after an ordinal from -5 to 5 (1SA, -1FR)."
                : "byday lists weekday codes (MO, TU, WE, TH, FR, SA, SU) separated by commas; ordinals such as 1SA need freq MONTHLY.");
        }

        if (schedule.Bymonthday is { } byMonthDay && (!monthly || !FieldRules.IsByMonthDay(byMonthDay)))
        {
            errors.Add(FieldPath.Of(path, "bymonthday"), "bymonthday lists days of the month (1 to 31, or -1 to -31 from the end) separated by commas, with freq MONTHLY.");
        }

        if (schedule.Interval is < 1)
        {
            errors.Add(FieldPath.Of(path, "interval"), "interval is a whole number of weeks or months, 1 or more.");
        }

        foreach (var (field, value) in new[] { ("opens_at", schedule.OpensAt), ("closes_at", schedule.ClosesAt) })
        {
            if (value is not null && !FieldRules.IsTimeOfDay(value))
            {
                errors.Add(FieldPath.Of(path, field), $"{field} is a time on the 24-hour clock, HH:MM (09:30).");
            }
        }

        // Closing before opening is allowed: it is how overnight hours are written.
        if ((schedule.OpensAt is null) != (schedule.ClosesAt is null))
        {
            errors.Add(FieldPath.Of(path, schedule.OpensAt is null ? "opens_at" : "closes_at"), "Give both opens_at and closes_at, or neither.");
        }

        if (schedule.Dtstart is { } start && !FieldRules.IsScheduleStart(start))
        {
            errors.Add(FieldPath.Of(path, "dtstart"), "dtstart is a date, YYYY-MM-DD.");
        }

        ValidityDates.Validate(schedule.ValidFrom, schedule.ValidTo, path, errors);

        if (schedule.ScheduleLink is { } link && !FieldRules.IsWebUrl(link))
        {
            errors.Add(FieldPath.Of(path, "schedule_link"), "schedule_link is an http or https address.");
        }
    }
}
