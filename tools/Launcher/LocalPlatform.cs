using System.Security.Cryptography;
using Npgsql;

namespace Launcher;

/// <summary>
/// The whole platform as processes on loopback: used by the launcher command and by the end-to-end
/// tests, so what the tests start is exactly what a developer runs.
/// </summary>
public sealed class LocalPlatform : IAsyncDisposable
{
    private readonly PlatformOptions _options;
    private readonly Action<string, string> _log;
    private readonly Dictionary<string, ManagedProcess> _processes = [];
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public LocalPlatform(PlatformOptions options, Action<string, string> log)
    {
        _options = options;
        _log = log;
        Components = PlatformTopology.Components(options.Ports);
    }

    public IReadOnlyList<PlatformComponent> Components { get; }

    public string GatewayUrl => Component(PlatformTopology.Gateway).HttpUrl;

    public PlatformComponent Component(string name) => Components.Single(c => c.Name == name);

    /// <summary>Starts every process in dependency order and waits until each reports ready.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(_options.DataFolder);
        foreach (var component in Components)
        {
            await StartAsync(component.Name, cancellationToken);
        }
    }

    /// <summary>Starts one process (again, after a stop or a kill) and waits until it is ready.</summary>
    public async Task StartAsync(string name, CancellationToken cancellationToken)
    {
        if (_processes.Remove(name, out var previous))
        {
            await previous.DisposeAsync();
        }

        var component = Component(name);
        var process = new ManagedProcess(
            component,
            component.AssemblyPath(_options.RepositoryRoot, _options.Configuration),
            EnvironmentFor(component),
            _log);
        _processes[name] = process;
        process.Start();
        await WaitUntilReadyAsync(process, cancellationToken);
    }

    public Task StopAsync(string name) => _processes.TryGetValue(name, out var process) ? process.StopAsync() : Task.CompletedTask;

    public Task KillAsync(string name) => _processes.TryGetValue(name, out var process) ? process.KillAsync() : Task.CompletedTask;

    /// <summary>The connection string each service is given, e.g. for a test that inspects a database.</summary>
    public string ConnectionStringFor(string name) =>
        _options.PostgresServer is { } server
            ? new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName(name) }.ConnectionString
            : $"Data Source={Path.Combine(_options.DataFolder, name + ".db")}";

    public string DatabaseName(string name) => $"{_options.DatabasePrefix}_{name}";

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values.Reverse())
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
    }

    private Dictionary<string, string> EnvironmentFor(PlatformComponent component)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["OTEL_SERVICE_NAME"] = component.Name,
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
            ["Auth__DevelopmentSigningKey"] = _signingKey,
            ["Kestrel__Endpoints__Http__Url"] = component.HttpUrl,
        };

        if (component.GrpcUrl is { } grpc)
        {
            settings["Kestrel__Endpoints__Http__Protocols"] = "Http1";
            settings["Kestrel__Endpoints__Grpc__Url"] = grpc;
            settings["Kestrel__Endpoints__Grpc__Protocols"] = "Http2";
        }

        if (PlatformTopology.DatabaseNames.TryGetValue(component.Name, out var connectionName))
        {
            settings["Database__Provider"] = _options.PostgresServer is null ? "Sqlite" : "Postgres";
            settings[$"ConnectionStrings__{connectionName}"] = ConnectionStringFor(component.Name);
        }

        if (_options.SeedFileOverrides.TryGetValue(component.Name, out var seedPath))
        {
            settings["Seed__Path"] = seedPath;
        }
        else if (_options.SeedDemoData && PlatformTopology.SeedFiles.TryGetValue(component.Name, out var seedFile))
        {
            settings["Seed__Path"] = Path.Combine(_options.RepositoryRoot, PlatformTopology.SeedFolder, seedFile);
        }

        foreach (var (key, value) in PlatformTopology.Wiring(component, Components))
        {
            settings[key] = value;
        }

        foreach (var (key, value) in _options.ExtraSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    private async Task WaitUntilReadyAsync(ManagedProcess process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var readyUrl = process.Component.HttpUrl + process.Component.ReadyPath;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ReadyTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new PlatformStartException(process.Component.Name, $"exited with code {process.ExitCode} before it was ready", process.RecentLines());
            }

            try
            {
                using var response = await http.GetAsync(readyUrl, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new PlatformStartException(process.Component.Name, $"was not ready within {_options.ReadyTimeout.TotalSeconds} s", process.RecentLines());
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token).ConfigureAwait(false);
        }
    }
}
