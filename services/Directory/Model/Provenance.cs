namespace Directory.Api.Model;

/// <summary>
/// Where an imported record came from: the ORUK feed that publishes it, the feed's own last_modified for
/// it (services carry one; ORUK organisations do not), and when it was last written from that feed.
/// Null on records edited here: the import never overwrites those, and they are never refused for it.
/// </summary>
public sealed record Provenance
{
    public const int MaxSourceFeedLength = 500;

    /// <summary>The base URL of the ORUK 3.0 API the record was read from, as the import was given it.</summary>
    public required string SourceFeed { get; init; }

    public DateTime? SourceLastModified { get; init; }

    public required DateTime ImportedAt { get; init; }
}
