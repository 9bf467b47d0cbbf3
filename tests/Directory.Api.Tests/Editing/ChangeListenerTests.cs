using System.Collections.Concurrent;
using System.Net;
using Directory.Api.Changes;
using Directory.Api.Data;
using Directory.Api.History;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using static Directory.Api.Tests.Editing.EditRequests;

namespace Directory.Api.Tests.Editing;

/// <summary>
/// The in-process listeners (the search index) hear of every committed change: at once for an edit made
/// here, and within a poll for one committed by another writer (the import command, another replica).
/// </summary>
public abstract class ChangeListenerTests(DatabaseEngine engine) : IAsyncLifetime
{
    private readonly RecordingListener _listener = new();
    private TestDatabase? _database;
    private ServiceHost<Program>? _host;
    private WebApplicationFactory<Program>? _listening;
    private HttpClient _provider = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(engine, "directory");
        var settings = _database.SettingsFor("Directory");
        settings["Seed:Path"] = DirectoryFixture.SeedPath;
        settings["Directory:ChangePolling:Interval"] = "00:00:00.200";
        var nowhere = LoopbackPorts.Take(2);
        settings["DAPR_HTTP_ENDPOINT"] = $"http://127.0.0.1:{nowhere[0]}";
        settings["DAPR_GRPC_ENDPOINT"] = $"http://127.0.0.1:{nowhere[1]}";
        _host = new ServiceHost<Program>(settings);
        _listening = _host.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IDirectoryChangeListener>(_listener)));
        var tokens = new TestTokens(_host.SigningKey);
        // A host derived with WithWebHostBuilder runs in memory (a TestServer), not on Kestrel: its client comes from that server.
        _listening.StartServer();
        _provider = ((TestServer)_listening.Services.GetRequiredService<IServer>()).CreateClient();
        _provider.DefaultRequestHeaders.Authorization = new("Bearer", tokens.For(Editor.Provider.Subject, Editor.Provider.Role, Editor.Provider.OrganisationId));
    }

    [Fact]
    public async Task An_edit_made_here_is_told_to_the_listeners_when_it_commits()
    {
        var created = (await SendAsync(_provider, HttpMethod.Post, "/api/directory/services", NewServices.WalkingClub("Striders Told Walks"))).Expect(HttpStatusCode.Created);

        Assert.Contains(Guid.Parse((string)created.Body!["id"]!), _listener.Told);
    }

    [Fact]
    public async Task A_change_another_writer_committed_is_told_within_a_poll()
    {
        var serviceId = Guid.NewGuid();
        await using (var scope = _listening!.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            db.ServiceHistory.Add(new ServiceHistoryEntry
            {
                ServiceId = serviceId,
                Version = 2,
                At = DateTime.UtcNow,
                Kind = "updated",
                ActorSubject = "directory-import",
                ActorRole = "system",
                ChangedFields = "name",
                After = "{}",
            });
            await db.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_listener.Told.Contains(serviceId) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(serviceId, _listener.Told);
    }

    public async ValueTask DisposeAsync()
    {
        _provider.Dispose();
        if (_listening is not null)
        {
            await _listening.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private sealed class RecordingListener : IDirectoryChangeListener
    {
        private readonly ConcurrentDictionary<Guid, int> _told = new();

        public IReadOnlyCollection<Guid> Told => [.. _told.Keys];

        public ValueTask ServicesChangedAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken)
        {
            foreach (var id in serviceIds)
            {
                _told.AddOrUpdate(id, 1, (_, count) => count + 1);
            }

            return ValueTask.CompletedTask;
        }
    }
}

public sealed class ChangeListenerOnSqliteTests() : ChangeListenerTests(DatabaseEngine.Sqlite);

public sealed class ChangeListenerOnPostgresTests() : ChangeListenerTests(DatabaseEngine.Postgres);
