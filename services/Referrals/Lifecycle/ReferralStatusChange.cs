namespace Referrals.Api.Lifecycle;

/// <summary>One step on the referral's timeline, visible to the person, the referrer and the provider.</summary>
public sealed class ReferralStatusChange
{
    public long Id { get; set; }
    public Guid ReferralId { get; set; }
    public DateTime At { get; set; }
    public required string Status { get; set; }
    public required string BySubject { get; set; }
    public string? ReasonCode { get; set; }
}
