namespace Platform.ServiceDefaults.Database;

/// <summary>The <c>Database</c> configuration section: which engine a service's EF Core context uses.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the host starts. True for local runs; on Kubernetes a migration
    /// job runs them once before the new version serves, and replicas start with this off.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
