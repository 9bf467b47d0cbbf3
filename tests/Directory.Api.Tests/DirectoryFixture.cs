using Directory.Api.Data;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Directory.Api.Tests;

/// <summary>The Directory's real host on loopback, seeded with the demo dataset, on one database engine.</summary>
public abstract class DirectoryFixture(DatabaseEngine engine, IReadOnlyDictionary<string, string?>? extraSettings = null) : IAsyncLifetime
{
    public static string SeedPath { get; } = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");

    private TestDatabase? _database;
    private SidecarHealthStandIn? _sidecar;

    public ServiceHost<Program> Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(engine, "directory");
        var settings = _database.SettingsFor("Directory");
        settings["Seed:Path"] = SeedPath;

        // No sidecar to publish to: the directory's events stay in its outbox, where the tests read them.
        _sidecar = await SidecarHealthStandIn.StartAsync();
        settings["DAPR_HTTP_ENDPOINT"] = _sidecar.HttpEndpoint;
        settings["DAPR_GRPC_ENDPOINT"] = _sidecar.GrpcEndpoint;
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Host = new ServiceHost<Program>(settings);
        Http = Host.CreateHttpClient();
    }

    /// <summary>Changes the host's database directly, for records the demo data does not have.</summary>
    public async Task ChangeDatabaseAsync(Func<DirectoryDbContext, Task> change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_sidecar is not null)
        {
            await _sidecar.DisposeAsync();
        }
    }
}

public sealed class SqliteDirectoryFixture() : DirectoryFixture(DatabaseEngine.Sqlite);

public sealed class PostgresDirectoryFixture() : DirectoryFixture(DatabaseEngine.Postgres);
