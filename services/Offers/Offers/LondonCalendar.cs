namespace Offers.Api.Offers;

/// <summary>
/// Offers run for whole days as people in London count them: a server on UTC must not end an offer
/// an hour early in British Summer Time.
/// </summary>
public sealed class LondonCalendar(TimeProvider clock)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);
}
