using System.Collections.Concurrent;
using Directory.Api.Changes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace DirectoryImport.Tests;

/// <summary>
/// The project's own ORUK feed (the real Directory, seeded with the demo data, on loopback) and a second,
/// empty Directory it is imported into, on one engine; the first import is run here, once, for the tests to read.
/// </summary>
public abstract class ImportFixture(DatabaseEngine engine) : IAsyncLifetime
{
    private TestDatabase? _sourceDatabase;
    private ServiceHost<Program>? _targetHost;
    private WebApplicationFactory<Program>? _target;

    public DatabaseEngine Engine => engine;

    public ServiceHost<Program> Source { get; private set; } = null!;

    /// <summary>The source feed's base URL, as <c>--feed</c> takes it.</summary>
    public string Feed => $"{Source.HttpUrl}/api/directory";

    public TestDatabase TargetDatabase { get; private set; } = null!;

    /// <summary>The Directory over the imported database: its feed, and what its change listeners heard.</summary>
    public HttpClient Target { get; private set; } = null!;

    public RecordingListener TargetListener { get; } = new();

    public ImportRun FirstImport { get; private set; } = null!;

    public HttpClient SourceClient { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _sourceDatabase = await TestDatabase.CreateAsync(engine, "source");
        var sourceSettings = WithoutSidecar(_sourceDatabase.SettingsFor("Directory"));
        sourceSettings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");
        Source = new ServiceHost<Program>(sourceSettings);
        SourceClient = Source.CreateHttpClient();

        // The target Directory migrates its (empty) database as it starts, and polls for changes quickly.
        TargetDatabase = await TestDatabase.CreateAsync(engine, "target");
        var targetSettings = WithoutSidecar(TargetDatabase.SettingsFor("Directory"));
        targetSettings["Directory:ChangePolling:Interval"] = "00:00:00.200";
        _targetHost = new ServiceHost<Program>(targetSettings);
        _target = _targetHost.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IDirectoryChangeListener>(TargetListener)));
        _target.StartServer();
        Target = ((TestServer)_target.Services.GetRequiredService<IServer>()).CreateClient();

        FirstImport = await ImportRun.StartAsync(TargetDatabase.ImportArguments(Feed));
    }

    /// <summary>A client of the target Directory acting as its administrator.</summary>
    public HttpClient TargetAdmin()
    {
        var client = ((TestServer)_target!.Services.GetRequiredService<IServer>()).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", new TestTokens(_targetHost!.SigningKey).For("staff-platform-admin", "admin"));
        return client;
    }

    /// <summary>A client of the source Directory acting as its administrator, to change the feed.</summary>
    public HttpClient SourceAdmin() =>
        TestTokens.ClientWith(Source.HttpUrl, new TestTokens(Source.SigningKey).For("staff-platform-admin", "admin"));

    public async ValueTask DisposeAsync()
    {
        Target.Dispose();
        SourceClient.Dispose();
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }

        if (_targetHost is not null)
        {
            await _targetHost.DisposeAsync();
        }

        await Source.DisposeAsync();
        await TargetDatabase.DisposeAsync();
        if (_sourceDatabase is not null)
        {
            await _sourceDatabase.DisposeAsync();
        }
    }

    /// <summary>No sidecar here: the Directories' events stay in their outboxes.</summary>
    private static Dictionary<string, string?> WithoutSidecar(Dictionary<string, string?> settings)
    {
        var nowhere = LoopbackPorts.Take(2);
        settings["DAPR_HTTP_ENDPOINT"] = $"http://127.0.0.1:{nowhere[0]}";
        settings["DAPR_GRPC_ENDPOINT"] = $"http://127.0.0.1:{nowhere[1]}";
        return settings;
    }
}

public sealed class SqliteImportFixture() : ImportFixture(DatabaseEngine.Sqlite);

public sealed class PostgresImportFixture() : ImportFixture(DatabaseEngine.Postgres);

/// <summary>Remembers every service a Directory's change listeners were told about.</summary>
public sealed class RecordingListener : IDirectoryChangeListener
{
    private readonly ConcurrentDictionary<Guid, byte> _told = new();

    public IReadOnlyCollection<Guid> Told => [.. _told.Keys];

    public ValueTask ServicesChangedAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
    {
        foreach (var id in serviceIds)
        {
            _told.TryAdd(id, 0);
        }

        return ValueTask.CompletedTask;
    }
}
