namespace Directory.Api.Editing;

/// <summary>How saving a service's new document ended.</summary>
public abstract record SaveOutcome
{
    /// <summary>Saved (or, on a dry run, found savable): the service as it is now, and every service whose document changed.</summary>
    public sealed record Saved(StoredService Service, IReadOnlyCollection<Guid> ChangedServices) : SaveOutcome;

    /// <summary>Another change to the service was saved after the version the editor started from.</summary>
    public sealed record Stale : SaveOutcome;

    /// <summary>A location the change edits also serves another organisation's service.</summary>
    public sealed record SharedWithAnotherOrganisation(Guid ServiceId) : SaveOutcome;

    /// <summary>Records of the document carry ids that other records already have.</summary>
    public sealed record IdsTaken(IReadOnlyList<TakenId> Ids) : SaveOutcome;
}
