using Launcher;
using Platform.Testing;

namespace EndToEnd.Tests;

/// <summary>
/// The whole platform as real processes on loopback, started by the launcher's own code with free
/// ports, a fresh data folder and (for PostgreSQL) databases of its own.
/// </summary>
public abstract class PlatformFixture(DatabaseEngine engine) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "ncp-e2e", Guid.NewGuid().ToString("N"));
    private readonly string _databasePrefix = "e2e_" + Guid.NewGuid().ToString("N")[..12];
    private StreamWriter? _log;

    public LocalPlatform Platform { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Every line every process wrote, prefixed with its name: where to look when a test fails.</summary>
    public string LogPath => Path.Combine(_dataFolder, "platform.log");

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_dataFolder);
        _log = new StreamWriter(LogPath) { AutoFlush = true };
        Platform = new LocalPlatform(
            new PlatformOptions
            {
                RepositoryRoot = RepositoryFiles.Root,
                DataFolder = _dataFolder,
                PostgresServer = engine == DatabaseEngine.Postgres ? PostgresServer.ServerConnectionString : null,
                DatabasePrefix = _databasePrefix,
                Ports = PlatformPorts.Free(LoopbackPorts.Take),

                // After the sidecar has been down, the outbox should try again within seconds, not minutes.
                ExtraSettings = new Dictionary<string, string> { ["Messaging__Outbox__MaxRetryDelay"] = "00:00:02" },
            },
            WriteLog);

        using var timeout = new CancellationTokenSource(StartTimeout);
        await Platform.StartAsync(timeout.Token);
        Gateway = new HttpClient { BaseAddress = new Uri(Platform.GatewayUrl) };
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        await Platform.DisposeAsync();
        if (engine == DatabaseEngine.Postgres)
        {
            foreach (var component in PlatformTopology.DatabaseNames.Keys)
            {
                await PostgresServer.DropDatabaseAsync(Platform.DatabaseName(component));
            }
        }

        if (_log is not null)
        {
            await _log.DisposeAsync();
        }

        System.IO.Directory.Delete(_dataFolder, recursive: true);
    }

    private void WriteLog(string component, string line)
    {
        lock (_dataFolder)
        {
            _log?.WriteLine($"[{component}] {line}");
        }
    }
}

public sealed class SqlitePlatformFixture() : PlatformFixture(DatabaseEngine.Sqlite);

public sealed class PostgresPlatformFixture() : PlatformFixture(DatabaseEngine.Postgres);

/// <summary>A platform of its own for the crash tests, which stop and kill its processes.</summary>
public sealed class SqliteCrashPlatformFixture() : PlatformFixture(DatabaseEngine.Sqlite);

/// <summary>A platform of its own for the crash tests, which stop and kill its processes.</summary>
public sealed class PostgresCrashPlatformFixture() : PlatformFixture(DatabaseEngine.Postgres);
