namespace Directory.Api.Model;

/// <summary>When a service is open, as an iCalendar-style recurrence (ORUK schedule).</summary>
public sealed class Schedule : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? ServiceAtLocationId { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? DtStart { get; set; }
    public string? Freq { get; set; }
    public int? Interval { get; set; }
    public string? ByDay { get; set; }
    public string? ByMonthDay { get; set; }
    public string? Description { get; set; }
    public TimeOnly? OpensAt { get; set; }
    public TimeOnly? ClosesAt { get; set; }
    public string? ScheduleLink { get; set; }
    public string? AttendingType { get; set; }
    public string? Notes { get; set; }
}
