extern alias directory;

using Platform.Testing;

[assembly: AssemblyFixture(typeof(Offers.Api.Tests.DirectoryHost))]

namespace Offers.Api.Tests;

/// <summary>
/// The real Directory, seeded with the demo directory, that every Offers host in this assembly asks
/// whose service an offer is for. It is only read, so one instance on SQLite serves all the tests.
/// </summary>
public sealed class DirectoryHost : IAsyncLifetime
{
    private TestDatabase? _database;
    private ServiceHost<directory::Program>? _host;

    public string GrpcUrl => _host?.GrpcUrl ?? throw new InvalidOperationException("The Directory host has not started.");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite, "directory");
        var settings = _database.SettingsFor("Directory");
        settings["Seed:Path"] = DemoData.DirectorySeedPath;
        _host = new ServiceHost<directory::Program>(settings);

        // Starts the host (and seeds it) now, before any Offers host calls it.
        _host.CreateGrpcChannel().Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
