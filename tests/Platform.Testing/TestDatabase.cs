namespace Platform.Testing;

/// <summary>A fresh, empty database on one engine, for one test class: a SQLite file or a PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;
    private readonly string? _sqliteFolder;

    private TestDatabase(string provider, string connectionString, PostgresDatabase? postgres, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgres = postgres;
        _sqliteFolder = sqliteFolder;
    }

    /// <summary>The value of the services' <c>Database:Provider</c> setting.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseEngine engine, string purpose)
    {
        if (engine == DatabaseEngine.Postgres)
        {
            var database = await PostgresServer.CreateDatabaseAsync(purpose);
            return new TestDatabase("Postgres", database.ConnectionString, database, null);
        }

        var folder = Path.Combine(Path.GetTempPath(), "ncp-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, purpose + ".db")}", null, folder);
    }

    /// <summary>The settings that point a service's <c>ConnectionStrings:<paramref name="connectionName"/></c> here.</summary>
    public Dictionary<string, string?> SettingsFor(string connectionName) => new()
    {
        ["Database:Provider"] = Provider,
        [$"ConnectionStrings:{connectionName}"] = ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_sqliteFolder is not null)
        {
            System.IO.Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}

public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
