using System.Text;
using System.Text.Json.Nodes;
using Directory.Api.Data;
using Directory.Api.DemoData;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Directory.Api.Tests;

/// <summary>
/// The seeder streams its file and saves it in batches: every record arrives once whatever the batches,
/// and a seed that stopped part way is not taken for a finished one.
/// </summary>
public sealed class DemoDataSeederTests : IDisposable
{
    private const int BatchSize = 10;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ncp-seeder-tests", Guid.NewGuid().ToString("N"));
    private readonly JsonNode _demo = OrukSchemas.Parse(File.ReadAllText(DirectoryFixture.SeedPath));

    public DemoDataSeederTests() => System.IO.Directory.CreateDirectory(_folder);

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    private List<JsonNode> Services => [.. _demo["services"]!.AsArray().Select(service => service!)];

    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.Postgres)]
    public async Task A_file_of_many_batches_sharing_records_across_them_with_its_taxonomies_last_loads_completely_and_once(DatabaseEngine engine)
    {
        var file = Write("taxonomies-last.json", new JsonObject
        {
            ["about"] = new JsonObject { ["note"] = "skipped", ["list"] = new JsonArray(1, new JsonObject { ["taxonomies"] = "not these" }) },
            ["services"] = _demo["services"]!.DeepClone(),
            ["taxonomies"] = _demo["taxonomies"]!.DeepClone(),
        }.ToJsonString());
        Assert.True(SharedAcrossBatches(s => [(string)s["organization_id"]!]), "No organisation is shared across batches.");
        Assert.True(SharedAcrossBatches(s => s["service_at_locations"]!.AsArray().Select(sal => (string)sal!["location_id"]!)), "No location is shared across batches.");
        await using var directory = await EmptyDirectory.StartAsync(engine);

        await directory.Seeder(BatchSize).SeedAsync(file);
        await directory.Seeder(BatchSize).SeedAsync(file);

        var expected = ExpectedCounts();
        var stored = await directory.QueryAsync(CountsAsync);
        Assert.Equal(expected, stored);
        var services = await directory.QueryAsync(db => db.Services
            .Select(s => new ServiceRows(s.Id, s.OrganizationId, s.Attributes.Count, s.Schedules.Count, s.ServiceAtLocations.Count, s.Contacts.Count))
            .ToDictionaryAsync(s => s.Id));
        Assert.All(Services, service =>
        {
            var id = Guid.Parse((string)service["id"]!);
            Assert.Equal(
                new ServiceRows(id, Guid.Parse((string)service["organization_id"]!), service["attributes"]!.AsArray().Count,
                    service["schedules"]!.AsArray().Count, service["service_at_locations"]!.AsArray().Count, service["contacts"]!.AsArray().Count),
                services[id]);
        });
        var terms = await directory.QueryAsync(db => db.TaxonomyTerms.Select(t => new { t.Id, t.Taxonomy.Description }).ToListAsync());
        var descriptions = _demo["taxonomies"]!.AsArray()
            .SelectMany(taxonomy => taxonomy!["taxonomy_terms"]!.AsArray().Select(term => (Id: (string)term!["id"]!, Description: (string)taxonomy["description"]!)))
            .ToDictionary(term => Guid.Parse(term.Id), term => term.Description);
        Assert.All(terms, term => Assert.Equal(descriptions[term.Id], term.Description));
    }

    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.Postgres)]
    public async Task A_seed_that_stopped_part_way_fails_the_next_start_instead_of_passing_for_a_finished_one(DatabaseEngine engine)
    {
        var whole = File.ReadAllText(DirectoryFixture.SeedPath);
        var truncated = Write("truncated.json", whole[..(whole.IndexOf((string)Services[100]["id"]!, StringComparison.Ordinal) + 10)]);
        await using var directory = await EmptyDirectory.StartAsync(engine);

        var stopped = await Assert.ThrowsAsync<InvalidDataException>(() => directory.Seeder(BatchSize).SeedAsync(truncated));
        var partial = await directory.QueryAsync(db => db.Services.CountAsync());
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => directory.Seeder(BatchSize).SeedAsync(DirectoryFixture.SeedPath));

        Assert.Contains("services[100]", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(90, partial);
        Assert.Contains("part of the demo data", refused.Message, StringComparison.Ordinal);
        Assert.Equal(partial, await directory.QueryAsync(db => db.Services.CountAsync()));
        Assert.False(await directory.QueryAsync(db => db.Services.AnyAsync(s => s.Id == Guid.Parse((string)Services[0]["id"]!))));
    }

    /// <summary>
    /// Whether some record is named by services in different batches. The seeder saves the file's
    /// first service last, so the others fill the batches in order from the second.
    /// </summary>
    private bool SharedAcrossBatches(Func<JsonNode, IEnumerable<string>> idsIn) =>
        Services.Skip(1)
            .SelectMany((service, position) => idsIn(service).Select(id => (Id: id, Batch: position / BatchSize)))
            .GroupBy(use => use.Id)
            .Any(uses => uses.Select(use => use.Batch).Distinct().Count() > 1);

    private Dictionary<string, int> ExpectedCounts()
    {
        var ids = new Dictionary<string, List<string>>();
        var shared = new Dictionary<string, string>();
        foreach (var service in Services)
        {
            OrukIds.Collect(service, ids, shared);
        }

        var counts = ids.ToDictionary(kind => kind.Key, kind => kind.Value.Distinct().Count());
        counts["taxonomy"] = _demo["taxonomies"]!.AsArray().Count;
        counts["taxonomy_term"] = _demo["taxonomies"]!.AsArray().Sum(taxonomy => taxonomy!["taxonomy_terms"]!.AsArray().Count);
        return counts;
    }

    private static async Task<Dictionary<string, int>> CountsAsync(DirectoryDbContext db)
    {
        var counts = new Dictionary<string, int>
        {
            ["service"] = await db.Services.CountAsync(),
            ["organization"] = await db.Organizations.CountAsync(),
            ["location"] = await db.Locations.CountAsync(),
            ["service_at_locations"] = await db.ServiceAtLocations.CountAsync(),
            ["taxonomy"] = await db.Taxonomies.CountAsync(),
            ["taxonomy_term"] = await db.TaxonomyTerms.CountAsync(),
            ["attributes"] = await db.Set<ServiceAttribute>().CountAsync() + await db.Set<OtherAttribute>().CountAsync(),
            ["schedules"] = await db.Set<Schedule>().CountAsync(),
            ["service_areas"] = await db.Set<ServiceArea>().CountAsync(),
            ["languages"] = await db.Set<Language>().CountAsync(),
            ["funding"] = await db.Set<Funding>().CountAsync(),
            ["cost_options"] = await db.Set<CostOption>().CountAsync(),
            ["contacts"] = await db.Set<Contact>().CountAsync(),
            ["phones"] = await db.Set<Phone>().CountAsync(),
            ["addresses"] = await db.Set<Address>().CountAsync(),
            ["accessibility"] = await db.Set<Accessibility>().CountAsync(),
            ["organization_identifiers"] = await db.Set<OrganizationIdentifier>().CountAsync(),
        };
        return counts.Where(count => count.Value > 0).ToDictionary();
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private sealed record ServiceRows(Guid Id, Guid OrganizationId, int Attributes, int Schedules, int Locations, int Contacts);

    /// <summary>The Directory's real host on a migrated, empty database, with no seed of its own.</summary>
    private sealed class EmptyDirectory : IAsyncDisposable
    {
        private readonly TestDatabase _database;
        private readonly ServiceHost<Program> _host;

        private EmptyDirectory(TestDatabase database)
        {
            _database = database;
            _host = new ServiceHost<Program>(database.SettingsFor("Directory"));
        }

        public static async Task<EmptyDirectory> StartAsync(DatabaseEngine engine)
        {
            var directory = new EmptyDirectory(await TestDatabase.CreateAsync(engine, "seeder"));
            directory._host.CreateHttpClient().Dispose();
            return directory;
        }

        public DemoDataSeeder Seeder(int batchSize) =>
            new(_host.Services.GetRequiredService<IServiceScopeFactory>(), _host.Services.GetRequiredService<ILogger<DemoDataSeeder>>(), batchSize);

        public async Task<T> QueryAsync<T>(Func<DirectoryDbContext, Task<T>> query)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
        }

        public async ValueTask DisposeAsync()
        {
            await _host.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
