namespace Platform.Contracts.Events;

/// <summary>The provider accepted a referral (topic <see cref="Topics.ReferralAccepted"/>).</summary>
public sealed record ReferralAccepted : IntegrationEvent
{
    public required Guid ReferralId { get; init; }
    public required Guid ServiceId { get; init; }
    public required Guid OrganizationId { get; init; }
}
