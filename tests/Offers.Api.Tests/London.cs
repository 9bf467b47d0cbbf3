namespace Offers.Api.Tests;

/// <summary>Dates as the Offers service counts them: London calendar days.</summary>
public static class London
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);
}
