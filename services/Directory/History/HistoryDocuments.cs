using System.Text.Json.Nodes;

namespace Directory.Api.History;

/// <summary>One version of a service as <c>GET /services/{id}/history</c> lists it.</summary>
public sealed record HistoryEntryDocument
{
    public required int Version { get; init; }
    public required DateTime At { get; init; }

    /// <summary>A <c>DirectoryServiceChangeKinds</c> code.</summary>
    public required string Kind { get; init; }

    public required IReadOnlyList<string> ChangedFields { get; init; }
    public required ChangedByDocument ChangedBy { get; init; }

    /// <summary>The feed an import read the change from; absent for a change made here.</summary>
    public string? SourceFeed { get; init; }

    /// <summary>The service's document before the change (absent when the change created it); only on <c>/history/{version}</c>.</summary>
    public JsonNode? Before { get; init; }

    /// <summary>The service's document after the change; only on <c>/history/{version}</c>.</summary>
    public JsonNode? After { get; init; }

    public static HistoryEntryDocument Of(ServiceHistoryEntry entry, bool withDocuments) => new()
    {
        Version = entry.Version,
        At = DateTime.SpecifyKind(entry.At, DateTimeKind.Utc),
        Kind = entry.Kind,
        ChangedFields = entry.ChangedFields.Split(',', StringSplitOptions.RemoveEmptyEntries),
        ChangedBy = new ChangedByDocument(entry.ActorSubject, entry.ActorRole, entry.ActorOrganisationId),
        SourceFeed = entry.SourceFeed,
        Before = withDocuments && entry.Before is not null ? JsonNode.Parse(entry.Before) : null,
        After = withDocuments ? JsonNode.Parse(entry.After) : null,
    };
}

/// <summary>Who made a change: their token's subject, role and organisation.</summary>
public sealed record ChangedByDocument(string Subject, string Role, string? OrganisationId);
