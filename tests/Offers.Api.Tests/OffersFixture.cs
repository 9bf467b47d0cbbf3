using System.Net.Http.Json;
using Offers.Api.Offers;
using Platform.Contracts.Offers.V1;
using Platform.ServiceDefaults.Authentication;
using Platform.Testing;

namespace Offers.Api.Tests;

/// <summary>
/// The Offers service's real host on loopback, seeded with the demo offers and asking the real
/// Directory, on one database engine. One per test class, so classes never share a database.
/// </summary>
public abstract class OffersFixture(DatabaseEngine engine, DirectoryHost directory) : IAsyncLifetime
{
    private TestDatabase? _database;
    private int _servicesTaken;

    public ServiceHost<Program> Host { get; private set; } = null!;

    public TestTokens Tokens { get; private set; } = null!;

    /// <summary>A client without a token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public OffersService.OffersServiceClient Places { get; private set; } = null!;

    public DaprDeliveries Dapr { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(engine, "offers");
        var settings = _database.SettingsFor("Offers");
        settings["Seed:Path"] = DemoData.OffersSeedPath;
        settings["Services:Directory:Grpc"] = directory.GrpcUrl;
        Host = new ServiceHost<Program>(settings);
        Tokens = new TestTokens(Host.SigningKey);
        Anonymous = Host.CreateHttpClient();
        Admin = ClientAs(PlatformRoles.Admin);
        Places = new OffersService.OffersServiceClient(Host.CreateGrpcChannel());
        Dapr = new DaprDeliveries(Anonymous);
    }

    public HttpClient ClientAs(string role, Guid? organisationId = null) =>
        TestTokens.ClientWith(Host.HttpUrl, Tokens.For($"test-{role}", role, organisationId?.ToString()));

    /// <summary>A demo service no other test in this class uses, with no demo offer of its own.</summary>
    public DemoService TakeService()
    {
        var index = Interlocked.Increment(ref _servicesTaken) - 1;
        return DemoData.ServicesWithoutDemoOffers[index];
    }

    /// <summary>Publishes (as an admin) an offer on <paramref name="service"/> that is valid today.</summary>
    public Task<OfferResponse> PublishCurrentOfferAsync(DemoService service, int places, int daysLeft = 30) =>
        PublishOfferAsync(service, places, London.Today.AddDays(-1), London.Today.AddDays(daysLeft));

    public async Task<OfferResponse> PublishOfferAsync(DemoService service, int places, DateOnly validFrom, DateOnly validTo)
    {
        using var response = await Admin.PostAsJsonAsync("/api/offers", new
        {
            serviceId = service.Id,
            title = $"Test offer of {places} places",
            placesTotal = places,
            validFrom,
            validTo,
            nelPriority = "mental_health",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OfferResponse>())!;
    }

    public Task<GetPlacesResponse> PlacesOfAsync(DemoService service) =>
        Places.GetPlacesAsync(new GetPlacesRequest { ServiceId = service.Id.ToString() }).ResponseAsync;

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Anonymous.Dispose();
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteOffersFixture(DirectoryHost directory) : OffersFixture(DatabaseEngine.Sqlite, directory);

public sealed class PostgresOffersFixture(DirectoryHost directory) : OffersFixture(DatabaseEngine.Postgres, directory);
