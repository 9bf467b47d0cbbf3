using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Directory.Api.Data;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.Messaging;
using Platform.Testing;

namespace DirectoryImport.Tests;

/// <summary>Federating an ORUK 3.0 feed in: the project's own feed, imported into an empty Directory, on each engine.</summary>
public abstract class ImportTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ImportFixture
{
    private const int SeededServices = 154;

    [Fact]
    public async Task The_first_import_creates_every_service_with_its_history_and_event()
    {
        fixture.FirstImport.Expect(ImportCommand.Imported);

        Assert.Contains($"{SeededServices} changed ({SeededServices} created, 0 updated), 0 unchanged, 0 failed", fixture.FirstImport.Output, StringComparison.Ordinal);
        await using var db = DirectoryDatabases.Open(fixture.TargetDatabase);
        var created = await db.ServiceHistory.Where(h => h.Kind == DirectoryServiceChangeKinds.Created).ToListAsync();
        Assert.Equal(SeededServices, created.Count);
        Assert.All(created, h =>
        {
            Assert.Equal("directory-import", h.ActorSubject);
            Assert.Equal(fixture.Feed, h.SourceFeed);
        });
        Assert.Equal(SeededServices, await db.Set<OutboxMessage>().CountAsync(m => m.Topic == Topics.DirectoryServiceChanged && m.Payload.Contains("\"created\"")));
    }

    [Fact]
    public async Task Every_imported_service_reads_as_its_source_does_but_for_its_provenance()
    {
        var page = JsonNode.Parse(await fixture.SourceClient.GetStringAsync("/api/directory/services?minimal=true&per_page=200"))!;
        var ids = page["contents"]!.AsArray().Select(item => (string)item!["id"]!).ToList();
        Assert.Equal(SeededServices, ids.Count);

        foreach (var id in ids)
        {
            var source = JsonNode.Parse(await fixture.SourceClient.GetStringAsync($"/api/directory/services/{id}"))!;
            var imported = JsonNode.Parse(await fixture.Target.GetStringAsync($"/api/directory/services/{id}"))!;

            Assert.Equal(fixture.Feed, (string?)imported["provenance"]?["source_feed"]);
            Assert.Equal(
                DateTime.Parse((string)source["last_modified"]!, System.Globalization.CultureInfo.InvariantCulture),
                DateTime.Parse((string)imported["provenance"]!["source_last_modified"]!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(fixture.Feed, (string?)imported["organization"]?["provenance"]?["source_feed"]);
            Assert.True(JsonNode.DeepEquals(WithoutProvenance(source), WithoutProvenance(imported)), $"Service {id}\nsource:\n{source}\nimported:\n{imported}");
        }
    }

    [Fact]
    public async Task A_second_import_changes_nothing()
    {
        await using var db = DirectoryDatabases.Open(fixture.TargetDatabase);
        var versions = await db.ServiceHistory.CountAsync();

        var again = (await ImportRun.StartAsync(fixture.TargetDatabase.ImportArguments(fixture.Feed))).Expect(ImportCommand.Imported);

        Assert.Contains("0 changed (0 created, 0 updated)", again.Output, StringComparison.Ordinal);
        Assert.Contains($"{SeededServices} unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(versions, await db.ServiceHistory.CountAsync());
    }

    [Fact]
    public async Task A_record_changed_at_its_source_is_updated()
    {
        const string ServiceId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
        using var admin = fixture.SourceAdmin();
        using var read = await admin.GetAsync($"/api/directory/services/{ServiceId}");
        var document = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        document["alert"] = "No walk on Boxing Day.";
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/directory/services/{ServiceId}") { Content = new StringContent(document.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        edit.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        (await admin.SendAsync(edit)).EnsureSuccessStatusCode();

        var run = (await ImportRun.StartAsync(fixture.TargetDatabase.ImportArguments(fixture.Feed))).Expect(ImportCommand.Imported);

        Assert.Contains("1 changed (0 created, 1 updated)", run.Output, StringComparison.Ordinal);
        var source = JsonNode.Parse(await fixture.SourceClient.GetStringAsync($"/api/directory/services/{ServiceId}"))!;
        var imported = JsonNode.Parse(await fixture.Target.GetStringAsync($"/api/directory/services/{ServiceId}"))!;
        Assert.Equal("No walk on Boxing Day.", (string?)imported["alert"]);
        Assert.True(JsonNode.DeepEquals(WithoutProvenance(source), WithoutProvenance(imported)));
        await using var db = DirectoryDatabases.Open(fixture.TargetDatabase);
        var latest = await db.ServiceHistory.Where(h => h.ServiceId == Guid.Parse(ServiceId)).OrderByDescending(h => h.Version).FirstAsync();
        Assert.Equal((DirectoryServiceChangeKinds.Updated, "alert"), (latest.Kind, latest.ChangedFields));
        var after = (await ImportRun.StartAsync(fixture.TargetDatabase.ImportArguments(fixture.Feed))).Expect(ImportCommand.Imported);
        Assert.Contains("0 changed (0 created, 0 updated)", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_service_is_changed_at_its_source_not_here()
    {
        const string ServiceId = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01";
        using var admin = fixture.TargetAdmin();
        using var read = await admin.GetAsync($"/api/directory/services/{ServiceId}");
        var document = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        document["name"] = "Changed here";
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/directory/services/{ServiceId}") { Content = new StringContent(document.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        edit.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);

        using var refused = await admin.SendAsync(edit);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(fixture.Feed, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_running_directory_hears_of_what_an_import_wrote()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (fixture.TargetListener.Told.Count < SeededServices && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(fixture.TargetListener.Told.Count >= SeededServices, $"The target's listeners heard of {fixture.TargetListener.Told.Count} services.");
    }

    [Fact]
    public async Task A_feed_that_is_not_ORUK_3_is_refused()
    {
        await using var proxy = await FeedProxy.StartAsync(fixture.Feed);
        proxy.Rewrite = (path, json) => path.StartsWith("/?", StringComparison.Ordinal) || path == "/" ? new JsonObject { ["version"] = "HSDS-UK-2.0" } : json;

        var older = (await ImportRun.StartAsync(fixture.TargetDatabase.ImportArguments(proxy.Url))).Expect(ImportCommand.FeedUnreadable);
        var notAFeed = (await ImportRun.StartAsync(fixture.TargetDatabase.ImportArguments(fixture.Source.HttpUrl))).Expect(ImportCommand.FeedUnreadable);

        Assert.Contains("says version 'HSDS-UK-2.0': only HSDS-UK-3.0 feeds can be imported", older.Errors, StringComparison.Ordinal);
        Assert.Contains("answered 404", notAFeed.Errors, StringComparison.Ordinal);
        Assert.Equal(1, proxy.Requests);
    }

    [Fact]
    public async Task An_unreachable_feed_fails_clearly_after_its_retries()
    {
        var nowhere = $"http://127.0.0.1:{LoopbackPorts.Take(1)[0]}/api";

        var run = (await ImportRun.StartAsync(fixture.TargetDatabase.ImportArguments(nowhere, "--retries", "1"))).Expect(ImportCommand.FeedUnreadable);

        Assert.Contains($"error: {nowhere}/ could not be reached", run.Errors, StringComparison.Ordinal);
        Assert.Contains("retry:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_record_is_skipped_and_reported_and_the_rest_imported()
    {
        await using var target = await DirectoryDatabases.CreateMigratedAsync(fixture.Engine);
        await using var proxy = await FeedProxy.StartAsync(fixture.Feed);
        string? broken = null;
        proxy.Rewrite = (path, json) =>
        {
            if (!path.StartsWith("/services?", StringComparison.Ordinal))
            {
                return json;
            }

            // One page of five, the second with a status ORUK does not have and the fourth with no id.
            var contents = json["contents"]!.AsArray();
            broken = (string)contents[1]!["id"]!;
            contents[1]!["status"] = "open";
            contents[3]!.AsObject().Remove("id");
            json["last_page"] = true;
            return json;
        };

        var run = (await ImportRun.StartAsync(target.ImportArguments(proxy.Url, "--per-page", "5"))).Expect(ImportCommand.SomeRecordsFailed);

        Assert.Contains("3 changed (3 created, 0 updated), 0 unchanged, 2 failed", run.Output, StringComparison.Ordinal);
        Assert.Contains($"service {broken}: status: status is one of: active, inactive, defunct, temporarily closed.", run.Output, StringComparison.Ordinal);
        Assert.Contains("record 4 of page 1: It has no UUID id", run.Output, StringComparison.Ordinal);
        await using var db = DirectoryDatabases.Open(target);
        Assert.Equal(3, await db.Services.CountAsync());
        Assert.False(await db.Services.AnyAsync(s => s.Id == Guid.Parse(broken!)));
    }

    [Fact]
    public async Task A_request_that_fails_in_passing_is_tried_again()
    {
        await using var target = await DirectoryDatabases.CreateMigratedAsync(fixture.Engine);
        await using var proxy = await FeedProxy.StartAsync(fixture.Feed);
        var failures = 0;
        proxy.Interrupt = path => path.StartsWith("/services?", StringComparison.Ordinal) && Interlocked.Increment(ref failures) <= 1 ? 503 : null;
        proxy.Rewrite = (path, json) =>
        {
            if (path.StartsWith("/services?", StringComparison.Ordinal))
            {
                json["last_page"] = true;
            }

            return json;
        };

        var run = (await ImportRun.StartAsync(target.ImportArguments(proxy.Url, "--per-page", "3", "--retries", "2"))).Expect(ImportCommand.Imported);

        Assert.Contains("503 Service Unavailable; trying again", run.Errors, StringComparison.Ordinal);
        Assert.Contains("3 changed (3 created, 0 updated)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_do_and_writes_nothing()
    {
        await using var target = await DirectoryDatabases.CreateMigratedAsync(fixture.Engine);

        var run = (await ImportRun.StartAsync(target.ImportArguments(fixture.Feed, "--dry-run"))).Expect(ImportCommand.Imported);

        Assert.Contains("nothing was written", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{SeededServices} changed ({SeededServices} created", run.Output, StringComparison.Ordinal);
        await using var db = DirectoryDatabases.Open(target);
        Assert.Equal(0, await db.Services.CountAsync());
        Assert.Equal(0, await db.Taxonomies.CountAsync());
        Assert.Equal(0, await db.ServiceHistory.CountAsync());
    }

    [Fact]
    public async Task A_database_without_the_directorys_schema_is_refused()
    {
        await using var empty = await TestDatabase.CreateAsync(fixture.Engine, "unmigrated");

        var run = (await ImportRun.StartAsync(empty.ImportArguments(fixture.Feed))).Expect(ImportCommand.DatabaseUnusable);

        Assert.Contains("run the Directory's migrate command first", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--feed", "ftp://borough.example/api")]
    [InlineData("--feed", "not a url")]
    [InlineData("--per-page", "0")]
    [InlineData("--database-provider", "Oracle")]
    public async Task Bad_arguments_are_refused_before_anything_is_read(string option, string value)
    {
        var args = fixture.TargetDatabase.ImportArguments(fixture.Feed).ToList();
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = (await ImportRun.StartAsync(args)).Expect(ImportCommand.BadArguments);

        Assert.Contains(option, run.Errors, StringComparison.Ordinal);
    }

    private static JsonNode WithoutProvenance(JsonNode document)
    {
        var copy = document.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject record:
                    record.Remove("provenance");
                    foreach (var (_, value) in record)
                    {
                        Strip(value);
                    }

                    break;
                case JsonArray items:
                    foreach (var item in items)
                    {
                        Strip(item);
                    }

                    break;
            }
        }
    }
}

public sealed class ImportOnSqliteTests(SqliteImportFixture fixture) : ImportTests<SqliteImportFixture>(fixture);

public sealed class ImportOnPostgresTests(PostgresImportFixture fixture) : ImportTests<PostgresImportFixture>(fixture);
