namespace Platform.ServiceDefaults.Audit;

/// <summary>
/// One access to a resident's personal data: who (subject, role, organisation), whose data, what was
/// done, why, and whether it was allowed. Records are only ever added.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string ActorSubject { get; set; }
    public required string ActorRole { get; set; }
    public string? ActorOrganisationId { get; set; }

    /// <summary>Whose data: the resident's NHS number, when known.</summary>
    public string? SubjectNhsNumber { get; set; }

    public required string Action { get; set; }
    public required string ResourceType { get; set; }
    public required string ResourceId { get; set; }
    public required string Reason { get; set; }
    public required string Outcome { get; set; }
    public string? CorrelationId { get; set; }
}
