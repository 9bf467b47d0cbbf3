extern alias AppointmentsApi;
extern alias DirectoryApi;

using AppointmentsApi::Appointments.Api.Data;
using AppointmentsApi::Appointments.Api.Slots;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

[assembly: AssemblyFixture(typeof(Portal.Tests.PortalFixture))]

namespace Portal.Tests;

/// <summary>
/// The Directory's and Appointments' real hosts, seeded with the demo data on SQLite, and the Portal's
/// real host reading from them (the Directory over REST, Appointments over gRPC): all on loopback
/// Kestrel, shared by every test in the assembly.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    public const string WalkingGroupName = "Newham Striders Health Walks";

    /// <summary>Temporarily closed for winter, with an alert saying so.</summary>
    public const string GrowingProjectId = "8dfd70ea-d3e5-4835-8d29-5ce1653065e8";

    /// <summary>Active, with no weekly times in the demo appointments: nothing to book.</summary>
    public const string LinkWorkersId = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01";

    private TestDatabase? _directoryDatabase;
    private SidecarHealthStandIn? _directorySidecar;
    private TestDatabase? _appointmentsDatabase;

    public ServiceHost<DirectoryApi::Program> DirectoryHost { get; private set; } = null!;

    public ServiceHost<AppointmentsApi::Program> AppointmentsHost { get; private set; } = null!;

    public ServiceHost<Program> PortalHost { get; private set; } = null!;

    /// <summary>A plain HTTP client of the portal, as a browser without JavaScript would be.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>A client of the Directory's own feed, to compare the portal's pages with.</summary>
    public HttpClient DirectoryHttp { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _directoryDatabase = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite, "directory");
        var directorySettings = _directoryDatabase.SettingsFor("Directory");
        directorySettings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");

        // The portal's readiness includes the Directory's, which waits for its sidecar to have answered once.
        _directorySidecar = await SidecarHealthStandIn.StartAsync();
        directorySettings["DAPR_HTTP_ENDPOINT"] = _directorySidecar.HttpEndpoint;
        directorySettings["DAPR_GRPC_ENDPOINT"] = _directorySidecar.GrpcEndpoint;
        DirectoryHost = new ServiceHost<DirectoryApi::Program>(directorySettings);
        DirectoryHttp = DirectoryHost.CreateHttpClient();

        _appointmentsDatabase = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite, "appointments");
        var appointmentsSettings = _appointmentsDatabase.SettingsFor("Appointments");
        appointmentsSettings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "appointments.json");
        appointmentsSettings["Services:Directory:Grpc"] = DirectoryHost.GrpcUrl;
        // Listing free times asks neither Referrals nor the sidecar. Pointed where nothing listens, the
        // host can never reach the Referrals or the Dapr sidecar of a developer's local run.
        var nowhere = PortalHosts.Nowhere();
        appointmentsSettings["Services:Referrals:Grpc"] = nowhere;
        appointmentsSettings["DAPR_HTTP_ENDPOINT"] = nowhere;
        appointmentsSettings["DAPR_GRPC_ENDPOINT"] = nowhere;
        AppointmentsHost = new ServiceHost<AppointmentsApi::Program>(appointmentsSettings);
        AppointmentsHost.CreateGrpcChannel().Dispose();

        PortalHost = PortalHosts.Create(DirectoryHost.HttpUrl, AppointmentsHost.GrpcUrl);
        Http = PortalHost.CreateHttpClient();
    }

    /// <summary>Adds a free slot the demo templates do not have, three days from now.</summary>
    public async Task AddSlotAsync(string serviceId, int capacity)
    {
        var start = DateTime.UtcNow.Date.AddDays(3).AddHours(10);
        await using var scope = AppointmentsHost.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppointmentsDbContext>();
        db.Slots.Add(new Slot
        {
            Id = Guid.NewGuid(),
            ServiceId = Guid.Parse(serviceId),
            Start = start,
            End = start.AddMinutes(30),
            Capacity = capacity,
        });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        DirectoryHttp.Dispose();
        await PortalHost.DisposeAsync();
        await AppointmentsHost.DisposeAsync();
        await DirectoryHost.DisposeAsync();
        if (_directorySidecar is not null)
        {
            await _directorySidecar.DisposeAsync();
        }

        if (_appointmentsDatabase is not null)
        {
            await _appointmentsDatabase.DisposeAsync();
        }

        if (_directoryDatabase is not null)
        {
            await _directoryDatabase.DisposeAsync();
        }
    }
}

public static class PortalHosts
{
    public static ServiceHost<Program> Create(string directoryUrl, string appointmentsGrpcUrl) =>
        new(new Dictionary<string, string?>
        {
            ["Services:Directory:Http"] = directoryUrl,
            ["Services:Appointments:Grpc"] = appointmentsGrpcUrl,
        });

    /// <summary>An address on a loopback port where nothing listens: a service that is down.</summary>
    public static string Nowhere() => $"http://127.0.0.1:{LoopbackPorts.Take(1)[0]}";
}

/// <summary>The Portal pointed at a loopback port where nothing listens: the Directory is down.</summary>
public sealed class DirectoryDownFixture : IAsyncLifetime
{
    public ServiceHost<Program> PortalHost { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        PortalHost = PortalHosts.Create(PortalHosts.Nowhere(), PortalHosts.Nowhere());
        Http = PortalHost.CreateHttpClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await PortalHost.DisposeAsync();
    }
}

/// <summary>The Portal reading the real Directory, with Appointments at a loopback port where nothing listens.</summary>
public sealed class AppointmentsDownFixture(PortalFixture portal) : IAsyncLifetime
{
    public ServiceHost<Program> PortalHost { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        PortalHost = PortalHosts.Create(portal.DirectoryHost.HttpUrl, PortalHosts.Nowhere());
        Http = PortalHost.CreateHttpClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await PortalHost.DisposeAsync();
    }
}

/// <summary>
/// The Portal reading a Directory of its own that places postcodes with a postcodes.io server where
/// nothing listens: the Directory answers, but cannot place a postcode (its 503).
/// </summary>
public sealed class PostcodesUnplaceableFixture : IAsyncLifetime
{
    private TestDatabase? _directoryDatabase;
    private ServiceHost<DirectoryApi::Program>? _directoryHost;

    public ServiceHost<Program> PortalHost { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _directoryDatabase = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite, "directory");
        var settings = _directoryDatabase.SettingsFor("Directory");
        settings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");
        settings["Geocoding:Provider"] = "PostcodesIo";
        settings["Geocoding:PostcodesIoUrl"] = PortalHosts.Nowhere();
        _directoryHost = new ServiceHost<DirectoryApi::Program>(settings);
        _directoryHost.CreateHttpClient().Dispose();

        PortalHost = PortalHosts.Create(_directoryHost.HttpUrl, PortalHosts.Nowhere());
        Http = PortalHost.CreateHttpClient();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await PortalHost.DisposeAsync();
        if (_directoryHost is not null)
        {
            await _directoryHost.DisposeAsync();
        }

        if (_directoryDatabase is not null)
        {
            await _directoryDatabase.DisposeAsync();
        }
    }
}
