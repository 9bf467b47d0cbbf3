namespace Referrals.Api.Lifecycle;

/// <summary>A referral as its person, referrer and provider see it: one shared timeline.</summary>
public sealed record ReferralResponse(
    Guid Id,
    Guid ServiceId,
    string ServiceName,
    Guid OrganizationId,
    string Route,
    string Status,
    string Urgency,
    string NhsNumber,
    string? WhatMattersToMe,
    IReadOnlyList<string> Goals,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string? DeclineReasonCode,
    AppointmentSummary? Appointment,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public static ReferralResponse From(Referral referral) => new(
        referral.Id,
        referral.ServiceId,
        referral.ServiceName,
        referral.OrganizationId,
        referral.Route,
        referral.Status,
        referral.Urgency,
        referral.SubjectNhsNumber,
        referral.WhatMattersToMe,
        referral.Goals,
        referral.CreatedAt,
        referral.UpdatedAt,
        referral.DeclineReasonCode,
        referral.AppointmentId is { } appointmentId ? new AppointmentSummary(appointmentId, referral.AppointmentStart) : null,
        referral.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new TimelineEntry(h.At, h.Status, h.ReasonCode)).ToList());
}

public sealed record AppointmentSummary(Guid Id, DateTime? Start);

public sealed record TimelineEntry(DateTime At, string Status, string? ReasonCode);
