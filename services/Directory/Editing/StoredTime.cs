namespace Directory.Api.Editing;

/// <summary>
/// Times as the directory stores them: to the microsecond. PostgreSQL keeps microseconds and SQLite
/// would keep ticks, so a time written at the precision both keep reads back the same from either, and
/// an import compares a feed's <c>last_modified</c> with what it stored last time without a false difference.
/// </summary>
public static class StoredTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTime Of(DateTime time)
    {
        var utc = time.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), DateTimeKind.Utc);
    }

    public static DateTime Now(TimeProvider clock) => Of(clock.GetUtcNow().UtcDateTime);
}
