namespace Referrals.Api.Triage;

/// <summary>Why a provider declines: a code from <see cref="Lifecycle.DeclineReasons"/>.</summary>
public sealed record DeclineReferralRequest(string? ReasonCode);
