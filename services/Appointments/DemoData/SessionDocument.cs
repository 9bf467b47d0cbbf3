using System.Globalization;
using System.Text.Json.Serialization;

namespace Appointments.Api.DemoData;

/// <summary>One weekly session: an iCalendar day, a London wall-clock start, a length and a number of places.</summary>
public sealed record SessionDocument(
    [property: JsonPropertyName("byday")] string ByDay,
    string Start,
    int DurationMinutes,
    int Capacity)
{
    public DayOfWeek Day => ByDay switch
    {
        "MO" => DayOfWeek.Monday,
        "TU" => DayOfWeek.Tuesday,
        "WE" => DayOfWeek.Wednesday,
        "TH" => DayOfWeek.Thursday,
        "FR" => DayOfWeek.Friday,
        "SA" => DayOfWeek.Saturday,
        "SU" => DayOfWeek.Sunday,
        _ => throw new InvalidDataException($"byday '{ByDay}' is not an iCalendar day (MO, TU, WE, TH, FR, SA or SU)."),
    };

    public TimeOnly StartTime => TimeOnly.ParseExact(Start, "HH:mm", CultureInfo.InvariantCulture);
}
