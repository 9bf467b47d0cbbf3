using Appointments.Api.Slots;

namespace Appointments.Api.DemoData;

/// <summary>
/// Turns weekly sessions, written in London wall-clock time, into concrete slots stored in UTC. Each
/// session is converted on its own date, so a 09:30 session stays at 09:30 in London on both sides of
/// a clock change: 08:30Z under British Summer Time, 09:30Z under Greenwich Mean Time.
/// </summary>
public static class SlotCalendar
{
    public const int Days = 28;

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The slots of the <see cref="Days"/> days starting today in London, less those already started.</summary>
    public static IEnumerable<Slot> SlotsFrom(DateTimeOffset now, IEnumerable<SlotTemplateDocument> templates)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);
        return
            from offset in Enumerable.Range(0, Days)
            let date = today.AddDays(offset)
            from template in templates
            from session in template.Sessions
            where session.Day == date.DayOfWeek
            let local = date.ToDateTime(session.StartTime)
            // A time the clocks skip (01:00-02:00 on the last Sunday of March) does not happen that day.
            // A time they pass twice (the October hour) is taken as the second, in GMT.
            where !London.IsInvalidTime(local)
            let start = TimeZoneInfo.ConvertTimeToUtc(local, London)
            where start > now.UtcDateTime
            select new Slot
            {
                Id = Guid.CreateVersion7(),
                ServiceId = template.ServiceId,
                LocationId = template.LocationId,
                Start = start,
                End = start.AddMinutes(session.DurationMinutes),
                Capacity = session.Capacity,
            };
    }
}
