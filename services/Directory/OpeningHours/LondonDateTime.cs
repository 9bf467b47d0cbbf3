using System.Globalization;

namespace Directory.Api.OpeningHours;

/// <summary>
/// A date and time as a clock in London shows it, with no offset: what a resident means by
/// <c>open_at=2026-12-05T10:00</c>, and what a schedule's <c>opens_at</c> means. Turning it into an
/// instant needs the clock changes: once a year an hour of these does not happen (01:00-02:00 on the
/// last Sunday of March) and once a year an hour happens twice (01:00-02:00 on the last Sunday of October).
/// </summary>
public readonly record struct LondonDateTime(DateOnly Date, TimeOnly Time)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    private DateTime ClockReading => Date.ToDateTime(Time);

    public static LondonDateTime FromInstant(DateTimeOffset instant)
    {
        var reading = TimeZoneInfo.ConvertTime(instant, London).DateTime;
        return new LondonDateTime(DateOnly.FromDateTime(reading), TimeOnly.FromDateTime(reading));
    }

    /// <summary>
    /// Reads "2026-12-05T10:00" (seconds optional). A string with an offset or a "Z" is refused: it
    /// names an instant, not a London clock reading, and guessing which was meant is how searches end
    /// up an hour out all summer.
    /// </summary>
    public static bool TryParse(string? text, out LondonDateTime value)
    {
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var reading))
        {
            value = new LondonDateTime(DateOnly.FromDateTime(reading), TimeOnly.FromDateTime(reading));
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The instant in London's offset, for showing to people: "2026-07-06T09:00:00+01:00".</summary>
    public static DateTimeOffset InLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    public override string ToString() => ClockReading.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Every instant at which a London clock shows this reading: none skipped, so a reading in the
    /// missing spring hour is taken as the instant it would have been had the clocks not moved yet
    /// (01:30 is 01:30Z, which the clocks call 02:30 BST); two in the repeated autumn hour.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Instants()
    {
        var reading = ClockReading;
        if (London.IsInvalidTime(reading))
        {
            // Clock changes are months apart, so a day earlier the offset in force is the one before the gap.
            return [new DateTimeOffset(reading, London.GetUtcOffset(reading.AddDays(-1)))];
        }

        if (London.IsAmbiguousTime(reading))
        {
            // The larger offset gives the earlier instant (the first pass, in BST).
            return London.GetAmbiguousTimeOffsets(reading).OrderDescending().Select(offset => new DateTimeOffset(reading, offset)).ToList();
        }

        return [new DateTimeOffset(reading, London.GetUtcOffset(reading))];
    }
}
