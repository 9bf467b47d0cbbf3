namespace Platform.Contracts.Events;

/// <summary>The provider declined a referral (topic <see cref="Topics.ReferralDeclined"/>), with a reason code, never free text.</summary>
public sealed record ReferralDeclined : IntegrationEvent
{
    public required Guid ReferralId { get; init; }
    public required Guid ServiceId { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string ReasonCode { get; init; }
}
