namespace Platform.Contracts.Events;

/// <summary>A slot was booked (topic <see cref="Topics.AppointmentBooked"/>); carries the referral it answers, when there is one.</summary>
public sealed record AppointmentBooked : IntegrationEvent
{
    public required Guid AppointmentId { get; init; }
    public required Guid SlotId { get; init; }
    public required Guid ServiceId { get; init; }
    public Guid? ReferralId { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
}
