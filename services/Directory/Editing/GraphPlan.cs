namespace Directory.Api.Editing;

/// <summary>What writing a service's rows will do to the records it shares, decided before anything is written.</summary>
public sealed record GraphPlan
{
    public required RecordState Organization { get; init; }
    public required IReadOnlyDictionary<Guid, RecordState> Locations { get; init; }
    public required IReadOnlySet<Guid> StoredTaxonomies { get; init; }
    public required IReadOnlySet<Guid> StoredTerms { get; init; }

    /// <summary>The locations the service was delivered at before: any left with no service are removed.</summary>
    public required IReadOnlyList<Guid> PreviousLocations { get; init; }

    /// <summary>Other services whose documents change because a record they share changes, with their organisations.</summary>
    public required IReadOnlyDictionary<Guid, Guid> OthersAffected { get; init; }
}

/// <summary>A shared record (organisation, location) against what is stored.</summary>
public enum RecordState
{
    New,
    Changed,
    Unchanged,
}
