using Platform.Testing;

namespace Directory.Api.Tests;

/// <summary>The Directory's real host on loopback, seeded with the demo dataset, on one database engine.</summary>
public abstract class DirectoryFixture(DatabaseEngine engine) : IAsyncLifetime
{
    public static string SeedPath { get; } = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");

    private TestDatabase? _database;

    public ServiceHost<Program> Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(engine, "directory");
        var settings = _database.SettingsFor("Directory");
        settings["Seed:Path"] = SeedPath;
        Host = new ServiceHost<Program>(settings);
        Http = Host.CreateHttpClient();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteDirectoryFixture() : DirectoryFixture(DatabaseEngine.Sqlite);

public sealed class PostgresDirectoryFixture() : DirectoryFixture(DatabaseEngine.Postgres);
