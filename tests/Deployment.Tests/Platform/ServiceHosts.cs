extern alias appointments;
extern alias directory;
extern alias offers;
extern alias referrals;

using Platform.Testing;

namespace Deployment.Tests.Platform;

/// <summary>
/// Starts a service's real host in this process (Platform.Testing's ServiceHost) on a SQLite database of its
/// own, with the Dapr sidecar pointed at unused loopback ports: enough to ask it what it declares to Dapr
/// and how healthy it says it is.
/// </summary>
internal static class ServiceHosts
{
    /// <summary>The services this class can host; a test checks it against the solution's services.</summary>
    public static IReadOnlyList<string> Names { get; } = ["appointments", "directory", "offers", "referrals"];

    public static async Task<RunningService> StartAsync(string service, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite, service);
        var settings = database.SettingsFor(Launcher.PlatformTopology.DatabaseNames[service]);
        var nowhere = LoopbackPorts.Take(2);
        settings["DAPR_HTTP_ENDPOINT"] = $"http://127.0.0.1:{nowhere[0]}";
        settings["DAPR_GRPC_ENDPOINT"] = $"http://127.0.0.1:{nowhere[1]}";
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return service switch
        {
            "appointments" => RunningService.Start(new ServiceHost<appointments::Program>(settings), database),
            "directory" => RunningService.Start(new ServiceHost<directory::Program>(settings), database),
            "offers" => RunningService.Start(new ServiceHost<offers::Program>(settings), database),
            "referrals" => RunningService.Start(new ServiceHost<referrals::Program>(settings), database),
            _ => throw new ArgumentException($"No host for {service}: add it to {nameof(ServiceHosts)}.", nameof(service)),
        };
    }
}

/// <summary>A hosted service and its database, disposed together.</summary>
internal sealed class RunningService : IAsyncDisposable
{
    private readonly IAsyncDisposable _host;

    private RunningService(IAsyncDisposable host, TestDatabase database, string httpUrl)
    {
        _host = host;
        Database = database;
        Http = new HttpClient { BaseAddress = new Uri(httpUrl) };
    }

    public HttpClient Http { get; }

    public TestDatabase Database { get; }

    public static RunningService Start<TProgram>(ServiceHost<TProgram> host, TestDatabase database)
        where TProgram : class
    {
        host.StartServer();
        return new RunningService(host, database, host.HttpUrl);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
