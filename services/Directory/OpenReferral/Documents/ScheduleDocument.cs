namespace Directory.Api.OpenReferral.Documents;

public sealed record ScheduleDocument
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? ServiceAtLocationId { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Dtstart { get; init; }
    public string? Freq { get; init; }
    public int? Interval { get; init; }
    public string? Byday { get; init; }
    public string? Bymonthday { get; init; }
    public string? Description { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? ScheduleLink { get; init; }
    public string? AttendingType { get; init; }
    public string? Notes { get; init; }
}
