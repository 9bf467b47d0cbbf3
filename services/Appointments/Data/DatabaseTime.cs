namespace Appointments.Api.Data;

/// <summary>
/// PostgreSQL keeps times to the microsecond, .NET to a tenth of one. Times are cut to the microsecond
/// before they are saved, so an answer given at once matches the same record read back later.
/// </summary>
public static class DatabaseTime
{
    public static DateTime Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
