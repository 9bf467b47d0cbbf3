using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Directory.Api.Editing;

/// <summary>The shapes ORUK fields must have, as the editing API and the import check them.</summary>
public static partial class FieldRules
{
    public const int MinimumAge = 0;
    public const int MaximumAge = 120;

    /// <summary>An address a message can be sent to: one mailbox, nothing around it.</summary>
    public static bool IsEmail(string value) =>
        !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>A web address a resident can open: absolute http or https.</summary>
    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// A calendar date, <c>2026-12-05</c>. A date-time is accepted too and read by its date, as the
    /// feed's reader does, because some publishers write <c>valid_from</c> that way.
    /// </summary>
    public static bool TryReadDate(string value, out DateOnly date)
    {
        date = default;
        return (value.Length == 10 || (value.Length > 10 && value[10] is 'T' or ' '))
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>An iCalendar DTSTART as ORUK carries it: an ORUK date, or an iCalendar DATE or DATE-TIME (<c>20260105T090000</c>).</summary>
    public static bool IsScheduleStart(string value) =>
        TryReadDate(value, out _)
        || ((value.Length == 8 || (value.Length > 8 && value[8] == 'T'))
            && DateOnly.TryParseExact(value.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    /// <summary>A time of day on the 24-hour clock, <c>09:30</c> (seconds allowed, and read past).</summary>
    public static bool IsTimeOfDay(string value) => TimeOfDay().IsMatch(value);

    /// <summary>
    /// RFC 5545 BYDAY: two-letter weekday codes separated by commas, each with an ordinal from -5 to 5
    /// (not 0) in front when the schedule is monthly ("1SA", "-1FR").
    /// </summary>
    public static bool IsByDay(string value, bool monthly) =>
        value.Split(',').All(part => monthly ? MonthlyWeekday().IsMatch(part.Trim()) : Weekday().IsMatch(part.Trim()));

    /// <summary>RFC 5545 BYMONTHDAY: days of the month from 1 to 31, or from the end, -1 to -31, separated by commas.</summary>
    public static bool IsByMonthDay(string value) =>
        value.Split(',').All(part =>
            int.TryParse(part.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var day) && day != 0 && Math.Abs(day) <= 31);

    /// <summary>An ISO 3166-1 alpha-2 country code in capitals (<c>GB</c>), as ORUK addresses carry it.</summary>
    public static bool IsCountryCode(string value) => CountryCode().IsMatch(value);

    [GeneratedRegex(@"^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex("^(?:MO|TU|WE|TH|FR|SA|SU)$")]
    private static partial Regex Weekday();

    [GeneratedRegex("^(?:[+-]?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)$")]
    private static partial Regex MonthlyWeekday();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
