extern alias DirectoryApi;

using Platform.Testing;

[assembly: AssemblyFixture(typeof(Portal.Tests.PortalFixture))]

namespace Portal.Tests;

/// <summary>
/// The Directory's real host, seeded with the demo data on SQLite, and the Portal's real host reading
/// from it over its REST API: both on loopback Kestrel, shared by every test in the assembly.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    public const string WalkingGroupName = "Newham Striders Health Walks";

    /// <summary>Temporarily closed for winter, with an alert saying so.</summary>
    public const string GrowingProjectId = "8dfd70ea-d3e5-4835-8d29-5ce1653065e8";

    private TestDatabase? _database;

    public ServiceHost<DirectoryApi::Program> DirectoryHost { get; private set; } = null!;

    public ServiceHost<Program> PortalHost { get; private set; } = null!;

    /// <summary>A plain HTTP client of the portal, as a browser without JavaScript would be.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>A client of the Directory's own feed, to compare the portal's pages with.</summary>
    public HttpClient DirectoryHttp { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite, "directory");
        var directorySettings = _database.SettingsFor("Directory");
        directorySettings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");
        DirectoryHost = new ServiceHost<DirectoryApi::Program>(directorySettings);
        DirectoryHttp = DirectoryHost.CreateHttpClient();

        PortalHost = PortalHosts.Create(DirectoryHost.HttpUrl);
        Http = PortalHost.CreateHttpClient();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        DirectoryHttp.Dispose();
        await PortalHost.DisposeAsync();
        await DirectoryHost.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public static class PortalHosts
{
    public static ServiceHost<Program> Create(string directoryUrl) =>
        new(new Dictionary<string, string?> { ["Services:Directory:Http"] = directoryUrl });
}

/// <summary>The Portal pointed at a loopback port where nothing listens: the Directory is down.</summary>
public sealed class DirectoryDownFixture : IAsyncLifetime
{
    public ServiceHost<Program> PortalHost { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        PortalHost = PortalHosts.Create($"http://127.0.0.1:{LoopbackPorts.Take(1)[0]}");
        Http = PortalHost.CreateHttpClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await PortalHost.DisposeAsync();
    }
}
