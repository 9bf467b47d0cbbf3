namespace Platform.Contracts.Events;

/// <summary>Codes for what happened to a directory entry, as they travel in <see cref="DirectoryServiceChanged"/>.</summary>
public static class DirectoryServiceChangeKinds
{
    /// <summary>The service was added to the directory.</summary>
    public const string Created = "created";

    /// <summary>The service's own fields or collections were replaced.</summary>
    public const string Updated = "updated";

    /// <summary>Only its status (and alert) changed: opened, closed for now, retired.</summary>
    public const string StatusChanged = "status_changed";

    /// <summary>A schedule was added, replaced or removed.</summary>
    public const string SchedulesChanged = "schedules_changed";

    /// <summary>A place where it is delivered was added, changed or removed.</summary>
    public const string LocationsChanged = "locations_changed";

    /// <summary>Something it shares changed (its organisation, or a location edited through another service).</summary>
    public const string SharedRecordChanged = "shared_record_changed";

    public static readonly IReadOnlyList<string> All =
        [Created, Updated, StatusChanged, SchedulesChanged, LocationsChanged, SharedRecordChanged];
}
