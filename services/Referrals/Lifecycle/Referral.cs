namespace Referrals.Api.Lifecycle;

/// <summary>
/// A request for a service on a person's behalf (FHIR ServiceRequest with its Task), from submission to
/// outcome. The goals are the person's own words; they stay in this service and never travel in events.
/// </summary>
public sealed class Referral
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }

    /// <summary>The organisation that runs the service and triages the referral.</summary>
    public Guid OrganizationId { get; set; }

    public required string ServiceName { get; set; }

    /// <summary><c>self</c> or <c>professional</c>.</summary>
    public required string Route { get; set; }

    public string Status { get; set; } = ReferralStatus.Requested;

    /// <summary>The person the referral is for.</summary>
    public required string SubjectNhsNumber { get; set; }

    /// <summary>"What matters to me": in the person's own words.</summary>
    public string? WhatMattersToMe { get; set; }

    public List<string> Goals { get; set; } = [];

    public string Urgency { get; set; } = ReferralUrgency.Routine;

    public required string CreatedBySubject { get; set; }
    public required string CreatedByRole { get; set; }
    public string? CreatedByOrganisationId { get; set; }

    /// <summary>Set when a referrer records that the person agreed to be referred.</summary>
    public bool ConsentRecorded { get; set; }

    /// <summary>The caller's <c>Idempotency-Key</c>: a retried submission returns this referral instead of making another.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public string? DeclineReasonCode { get; set; }

    public Guid? AppointmentId { get; set; }
    public DateTime? AppointmentStart { get; set; }

    /// <summary>Optimistic concurrency: two triage decisions at once cannot both win.</summary>
    public int Version { get; set; }

    public List<ReferralStatusChange> History { get; set; } = [];
}
