namespace Directory.Api.OpenReferral.Documents;

/// <summary>
/// Our extension to the ORUK service and organisation: where an imported record came from, so a reader
/// of a federated feed can see whose data it is. Left out of records kept here.
/// </summary>
public sealed record ProvenanceDocument
{
    public required string SourceFeed { get; init; }
    public DateTime? SourceLastModified { get; init; }
    public required DateTime ImportedAt { get; init; }
}
