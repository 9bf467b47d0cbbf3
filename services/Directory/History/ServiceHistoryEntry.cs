namespace Directory.Api.History;

/// <summary>
/// One version of a directory entry: who changed it (subject, role, organisation), when, how (the
/// kind, and through the API or an import from which feed), and what: the service's whole ORUK
/// document before and after. Rows are only ever added.
/// </summary>
/// <remarks>
/// Whole documents rather than a diff: each row can be read alone (an auditor sees exactly what the
/// public feed showed before and after, with no chain of patches to replay), the mapper that made them
/// is the feed's own, and a service document is a few kilobytes while edits are rare. The changed
/// top-level fields are kept beside them so a list of versions reads without parsing either.
/// </remarks>
public sealed class ServiceHistoryEntry
{
    public const int MaxKindLength = 40;
    public const int MaxSubjectLength = 200;
    public const int MaxRoleLength = 40;
    public const int MaxOrganisationIdLength = 64;
    public const int MaxChangedFieldsLength = 1000;

    public long Id { get; set; }
    public Guid ServiceId { get; set; }

    /// <summary>The service's version this change made (its ETag from then on).</summary>
    public int Version { get; set; }

    public DateTime At { get; set; }

    /// <summary>A <c>DirectoryServiceChangeKinds</c> code.</summary>
    public required string Kind { get; set; }

    public required string ActorSubject { get; set; }
    public required string ActorRole { get; set; }
    public string? ActorOrganisationId { get; set; }

    /// <summary>The feed an import read the change from; null for a change made through the API.</summary>
    public string? SourceFeed { get; set; }

    /// <summary>The top-level ORUK fields whose value changed, comma-separated (<c>name,schedules</c>).</summary>
    public required string ChangedFields { get; set; }

    /// <summary>The service's ORUK document before the change; null when the change created it.</summary>
    public string? Before { get; set; }

    /// <summary>The service's ORUK document after the change.</summary>
    public required string After { get; set; }
}
