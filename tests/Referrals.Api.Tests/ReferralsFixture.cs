extern alias directory;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using Referrals.Api.Data;

namespace Referrals.Api.Tests;

/// <summary>Referrals' real host on one engine, asking a real seeded Directory and an Offers stand-in.</summary>
public abstract class ReferralsFixture(DatabaseEngine engine) : IAsyncLifetime
{
    private TestDatabase? _directoryDatabase;
    private TestDatabase? _referralsDatabase;

    public ServiceHost<directory::Program> Directory { get; private set; } = null!;

    public OffersStandIn Offers { get; private set; } = null!;

    public ServiceHost<Program> Referrals { get; private set; } = null!;

    public TestTokens Tokens { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _directoryDatabase = await TestDatabase.CreateAsync(engine, "directory");
        var directorySettings = _directoryDatabase.SettingsFor("Directory");
        directorySettings["Seed:Path"] = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");
        Directory = new ServiceHost<directory::Program>(directorySettings);
        Directory.StartServer();

        Offers = await OffersStandIn.StartAsync();

        _referralsDatabase = await TestDatabase.CreateAsync(engine, "referrals");
        var settings = _referralsDatabase.SettingsFor("Referrals");
        settings["Services:Directory:Grpc"] = Directory.GrpcUrl;
        settings["Services:Offers:Grpc"] = Offers.Url;

        // No sidecar in these tests: events stay in the outbox, where the tests read them.
        var nowhere = LoopbackPorts.Take(2);
        settings["DAPR_HTTP_ENDPOINT"] = $"http://127.0.0.1:{nowhere[0]}";
        settings["DAPR_GRPC_ENDPOINT"] = $"http://127.0.0.1:{nowhere[1]}";
        Referrals = new ServiceHost<Program>(settings);
        Referrals.StartServer();
        Tokens = new TestTokens(Referrals.SigningKey);
    }

    public HttpClient ClientFor(Persona persona) => TestTokens.ClientWith(Referrals.HttpUrl, persona.TokenFrom(Tokens));

    /// <summary>Reads the Referrals database directly, as an operator would, to see what was written.</summary>
    public async Task<T> QueryAsync<T>(Func<ReferralsDbContext, Task<T>> query)
    {
        await using var scope = Referrals.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Referrals.DisposeAsync();
        await Offers.DisposeAsync();
        await Directory.DisposeAsync();
        foreach (var database in new[] { _referralsDatabase, _directoryDatabase })
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }
}

public sealed class SqliteReferralsFixture() : ReferralsFixture(DatabaseEngine.Sqlite);

public sealed class PostgresReferralsFixture() : ReferralsFixture(DatabaseEngine.Postgres);
