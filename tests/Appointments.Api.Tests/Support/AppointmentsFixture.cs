using System.Collections.Concurrent;
using Appointments.Api.Data;
using Appointments.Api.Slots;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;
using Platform.Testing;

namespace Appointments.Api.Tests.Support;

/// <summary>
/// The Appointments service's real host on loopback, seeded from the demo templates, on one database
/// engine, calling the real Directory and the Referrals stand-in.
/// </summary>
public abstract class AppointmentsFixture(DatabaseEngine engine, UpstreamServices upstream) : IAsyncLifetime
{
    public const string TalkingTherapiesId = "2ac47d7c-7c9e-4c05-8518-41c91aff88b1";
    public const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";

    /// <summary>The places in each of the walking group's walks (its welcome chats have one).</summary>
    public const int WalkPlaces = 15;

    /// <summary>In directory.json with status "temporarily closed".</summary>
    public const string ClosedServiceId = "8dfd70ea-d3e5-4835-8d29-5ce1653065e8";

    public static string SeedPath { get; } = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "appointments.json");

    private readonly ConcurrentDictionary<Guid, bool> _handedOut = new();
    private readonly ConcurrentDictionary<Persona, HttpClient> _clients = new();
    private TestDatabase? _database;

    public ServiceHost<Program> Host { get; private set; } = null!;

    public FakeReferrals Referrals => upstream.Referrals;

    private TestTokens Tokens { get; set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(engine, "appointments");
        var settings = _database.SettingsFor("Appointments");
        settings["Seed:Path"] = SeedPath;
        settings["Services:Directory:Grpc"] = upstream.DirectoryHost.GrpcUrl;
        settings["Services:Referrals:Grpc"] = upstream.Referrals.Url;
        settings["DAPR_GRPC_ENDPOINT"] = upstream.NoSidecar;
        settings["DAPR_HTTP_ENDPOINT"] = upstream.NoSidecar;
        Host = new ServiceHost<Program>(settings);
        Tokens = new TestTokens(Host.SigningKey);
        Host.CreateHttpClient().Dispose();
    }

    /// <summary>A client whose requests carry <paramref name="persona"/>'s token; one per persona, disposed with the fixture.</summary>
    public HttpClient ClientAs(Persona persona) => _clients.GetOrAdd(persona, p =>
        TestTokens.ClientWith(Host.HttpUrl, Tokens.For(p.Subject, p.Role, p.OrganisationId, p.NhsNumber)));

    public HttpClient AnonymousClient() => Host.CreateHttpClient();

    /// <summary>
    /// A seeded free slot of <paramref name="places"/> places that no other test of this fixture has been
    /// given, starting a day or more from now.
    /// </summary>
    public async Task<Slot> TakeFreeSlotAsync(string serviceId = TalkingTherapiesId, int places = 1)
    {
        var service = Guid.Parse(serviceId);
        var after = DateTime.UtcNow.AddDays(1);
        var candidates = await QueryAsync(db => db.Slots.AsNoTracking()
            .Where(s => s.ServiceId == service && s.Capacity == places && s.Booked == 0 && s.Start > after)
            .OrderBy(s => s.Start)
            .ToListAsync());
        return candidates.First(slot => _handedOut.TryAdd(slot.Id, true));
    }

    /// <summary>A slot the demo data does not have, such as one of a closed service or with a given number of places.</summary>
    public async Task<Slot> AddSlotAsync(string serviceId, int capacity)
    {
        var start = DateTime.UtcNow.Date.AddDays(3).AddHours(10);
        var slot = new Slot
        {
            Id = Guid.NewGuid(),
            ServiceId = Guid.Parse(serviceId),
            Start = start,
            End = start.AddMinutes(30),
            Capacity = capacity,
        };
        await QueryAsync(db =>
        {
            db.Slots.Add(slot);
            return db.SaveChangesAsync();
        });
        return slot;
    }

    public Task<Slot> ReadSlotAsync(Guid id) =>
        QueryAsync(db => db.Slots.AsNoTracking().SingleAsync(s => s.Id == id));

    /// <summary>The AppointmentBooked events in the outbox, as their JSON payloads.</summary>
    public async Task<IReadOnlyList<string>> BookedEventsAsync() =>
        await QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Topic == Topics.AppointmentBooked)
            .Select(m => m.Payload)
            .ToListAsync());

    public async Task<IReadOnlyList<AuditRecord>> AuditOfAsync(Guid appointmentId)
    {
        var resourceId = appointmentId.ToString();
        return await QueryAsync(db => db.Set<AuditRecord>().AsNoTracking()
            .Where(a => a.ResourceId == resourceId)
            .OrderBy(a => a.Id)
            .ToListAsync());
    }

    public async Task<T> QueryAsync<T>(Func<AppointmentsDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppointmentsDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteAppointmentsFixture(UpstreamServices upstream) : AppointmentsFixture(DatabaseEngine.Sqlite, upstream);

public sealed class PostgresAppointmentsFixture(UpstreamServices upstream) : AppointmentsFixture(DatabaseEngine.Postgres, upstream);
