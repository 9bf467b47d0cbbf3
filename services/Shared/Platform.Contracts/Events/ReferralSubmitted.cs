namespace Platform.Contracts.Events;

/// <summary>A referral to a service was made (topic <see cref="Topics.ReferralSubmitted"/>). Goals and notes stay in Referrals.</summary>
public sealed record ReferralSubmitted : IntegrationEvent
{
    public required Guid ReferralId { get; init; }
    public required Guid ServiceId { get; init; }

    /// <summary>The organisation that runs the service and will triage the referral.</summary>
    public required Guid OrganizationId { get; init; }

    /// <summary><see cref="ReferralRoutes"/>: who made it.</summary>
    public required string Route { get; init; }
}
