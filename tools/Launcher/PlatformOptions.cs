namespace Launcher;

/// <summary>How to run the platform locally: where, on which engine, on which ports.</summary>
public sealed record PlatformOptions
{
    public required string RepositoryRoot { get; init; }

    /// <summary>SQLite files and logs go here, one file per service.</summary>
    public required string DataFolder { get; init; }

    /// <summary>A PostgreSQL server connection string; when set each service gets a database on it.</summary>
    public string? PostgresServer { get; init; }

    /// <summary>Prefixes the PostgreSQL database names, so parallel runs on one server stay apart.</summary>
    public string DatabasePrefix { get; init; } = "ncp";

    public required PlatformPorts Ports { get; init; }

    public string Configuration { get; init; } = BuildConfiguration.Current;

    /// <summary>Settings added to every process, e.g. a tighter rate limit for a test.</summary>
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();

    public bool SeedDemoData { get; init; } = true;

    /// <summary>Seed files to load instead of the demo data, by component: e.g. a generated directory of 100k services for a benchmark.</summary>
    public IReadOnlyDictionary<string, string> SeedFileOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>How long a process may take to become ready; loading a large seed file takes minutes.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(120);
}
