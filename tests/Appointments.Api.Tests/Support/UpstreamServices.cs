extern alias directory;

using Appointments.Api.Tests.Support;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(UpstreamServices))]

namespace Appointments.Api.Tests.Support;

/// <summary>
/// What Appointments calls, shared by every test class: the real Directory host seeded with the demo
/// directory, and a stand-in for Referrals at its gRPC contract (Referrals is tested on its own).
/// </summary>
public sealed class UpstreamServices : IAsyncLifetime
{
    private TestDatabase? _directoryDatabase;

    public ServiceHost<directory::Program> DirectoryHost { get; private set; } = null!;

    public FakeReferrals Referrals { get; } = new();

    /// <summary>
    /// Where the Appointments hosts look for a Dapr sidecar: nothing listens, so their events stay in the
    /// outbox where the tests read them, and never reach the sidecar of a local run.
    /// </summary>
    public string NoSidecar { get; } = $"http://127.0.0.1:{LoopbackPorts.Take(1)[0]}";

    public async ValueTask InitializeAsync()
    {
        _directoryDatabase = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite, "directory");
        var settings = _directoryDatabase.SettingsFor("Directory");
        settings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");
        DirectoryHost = new ServiceHost<directory::Program>(settings);
        DirectoryHost.CreateGrpcChannel().Dispose();
        await Referrals.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Referrals.DisposeAsync();
        await DirectoryHost.DisposeAsync();
        if (_directoryDatabase is not null)
        {
            await _directoryDatabase.DisposeAsync();
        }
    }
}
