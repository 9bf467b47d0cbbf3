using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Directory.Api.Tests.Search;

/// <summary>
/// The Directory seeded with the demo data on one engine, and beside it the same application on the same
/// database with its <see cref="TimeProvider"/> replaced by a <see cref="SettableClock"/> through the
/// host's services, so <c>open_now</c> is asked at instants the test chooses. A host derived this way is
/// served in memory rather than on loopback: the same application and pipeline, without the sockets.
/// </summary>
public abstract class FixedClockDirectoryFixture(DatabaseEngine engine) : DirectoryFixture(engine), IAsyncLifetime
{
    private WebApplicationFactory<Program>? _clocked;

    public SettableClock Clock { get; } = new();

    public HttpClient ClockedHttp { get; private set; } = null!;

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _clocked = Host.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        ClockedHttp = _clocked.CreateClient();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        ClockedHttp?.Dispose();
        if (_clocked is not null)
        {
            await _clocked.DisposeAsync();
        }

        await DisposeAsync();
    }
}

public sealed class SqliteFixedClockDirectoryFixture() : FixedClockDirectoryFixture(DatabaseEngine.Sqlite);

public sealed class PostgresFixedClockDirectoryFixture() : FixedClockDirectoryFixture(DatabaseEngine.Postgres);
