using Directory.Api.History;

namespace Directory.Api.Editing;

/// <summary>Who is saving a service's new document, and on what terms.</summary>
public sealed record ServiceChange
{
    /// <summary>A <c>DirectoryServiceChangeKinds</c> code for the service itself; services it shares a changed record with get <c>shared_record_changed</c>.</summary>
    public required string Kind { get; init; }

    public required ChangeActor Actor { get; init; }

    /// <summary>The version the change was based on; null when it creates the service.</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>
    /// The organisation the editor acts for: a change that would reach another organisation's service
    /// (through a location they share) is refused. Null for administrators and imports.
    /// </summary>
    public Guid? EditorOrganisation { get; init; }

    /// <summary>The feed an import read the change from.</summary>
    public string? SourceFeed { get; init; }

    /// <summary>
    /// Whether services changed through a shared record get a new <c>last_modified</c>: yes for edits here,
    /// so feed readers fetch them again; no for imports, which keep each service's publisher's own.
    /// </summary>
    public bool TouchesSharingServices { get; init; }

    /// <summary>False for a dry run: everything is done and checked, then rolled back.</summary>
    public bool Commit { get; init; } = true;
}
