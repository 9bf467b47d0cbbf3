using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.Messaging;
using static Directory.Api.Tests.Editing.EditRequests;

namespace Directory.Api.Tests.Editing;

/// <summary>Every change is a version in the service's history (who, when, what) and a <c>directory-service-changed</c> event in the outbox.</summary>
public abstract class HistoryAndEventTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string Services = "/api/directory/services";

    private readonly HttpClient _provider = Editor.Provider.ClientFor(fixture);

    [Fact]
    public async Task The_history_lists_each_version_with_who_changed_what_and_when()
    {
        var created = (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub("Striders History Walks"))).Expect(HttpStatusCode.Created);
        var id = (string)created.Body!["id"]!;
        var renamed = (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{id}", created.Body.AsObject().With("name", "Striders Heritage Walks"), created.ETag)).Expect(HttpStatusCode.OK);
        (await SendAsync(_provider, HttpMethod.Patch, $"{Services}/{id}", new JsonObject { ["status"] = "inactive" }, renamed.ETag)).Expect(HttpStatusCode.OK);

        var history = (await SendAsync(_provider, HttpMethod.Get, $"{Services}/{id}/history")).Expect(HttpStatusCode.OK).Body!;

        Assert.Equal(3, (int)history["total_items"]!);
        var versions = history["contents"]!.AsArray();
        Assert.Equal([3, 2, 1], versions.Select(v => (int)v!["version"]!));
        Assert.Equal(["status_changed", "updated", "created"], versions.Select(v => (string)v!["kind"]!));
        Assert.Equal(["status"], versions[0]!["changed_fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(["name"], versions[1]!["changed_fields"]!.AsArray().Select(f => (string)f!));
        Assert.All(versions, v =>
        {
            Assert.Equal("staff-sam-patel", (string?)v!["changed_by"]!["subject"]);
            Assert.Equal("provider", (string?)v["changed_by"]!["role"]);
            Assert.Equal(Editor.StridersId, (string?)v["changed_by"]!["organisation_id"]);
            Assert.Null(v["after"]);
        });
    }

    [Fact]
    public async Task One_version_shows_the_document_before_and_after()
    {
        var created = (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub("Striders Before And After"))).Expect(HttpStatusCode.Created);
        var id = (string)created.Body!["id"]!;
        var saved = (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{id}", created.Body.AsObject().With("fees", "£1 for tea"), created.ETag)).Expect(HttpStatusCode.OK);

        var version = (await SendAsync(_provider, HttpMethod.Get, $"{Services}/{id}/history/2")).Expect(HttpStatusCode.OK).Body!;

        Assert.True(JsonNode.DeepEquals(created.Body, version["before"]));
        Assert.True(JsonNode.DeepEquals(saved.Body, version["after"]));
        Assert.Null((await SendAsync(_provider, HttpMethod.Get, $"{Services}/{id}/history/1")).Body!["before"]);
        (await SendAsync(_provider, HttpMethod.Get, $"{Services}/{id}/history/9")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_services_provider_and_administrators_read_its_history()
    {
        (await SendAsync(Editor.SharerProvider.ClientFor(fixture), HttpMethod.Get, $"{Services}/{Editor.WalkingGroupId}/history")).ExpectProblem(HttpStatusCode.Forbidden);
        (await SendAsync(Editor.Resident.ClientFor(fixture), HttpMethod.Get, $"{Services}/{Editor.WalkingGroupId}/history")).ExpectProblem(HttpStatusCode.Forbidden);
        (await SendAsync(fixture.Http, HttpMethod.Get, $"{Services}/{Editor.WalkingGroupId}/history")).ExpectProblem(HttpStatusCode.Unauthorized);
        (await SendAsync(Editor.Admin.ClientFor(fixture), HttpMethod.Get, $"{Services}/{Editor.WalkingGroupId}/history")).Expect(HttpStatusCode.OK);
        (await SendAsync(_provider, HttpMethod.Get, $"{Services}/{Guid.NewGuid()}/history")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_change_puts_one_event_with_ids_and_a_kind_in_the_outbox_with_it()
    {
        var created = (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub("Striders Evented Walks"))).Expect(HttpStatusCode.Created);
        var id = Guid.Parse((string)created.Body!["id"]!);
        (await SendAsync(_provider, HttpMethod.Patch, $"{Services}/{id}", new JsonObject { ["status"] = "defunct" }, created.ETag)).Expect(HttpStatusCode.OK);

        var events = (await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.Topic == Topics.DirectoryServiceChanged).ToListAsync()))
            .Select(m => (Message: m, Event: JsonSerializer.Deserialize<DirectoryServiceChanged>(m.Payload, JsonSerializerOptions.Web)!))
            .Where(e => e.Event.ServiceId == id)
            .OrderBy(e => e.Message.CreatedAt)
            .ToList();

        Assert.Equal([DirectoryServiceChangeKinds.Created, DirectoryServiceChangeKinds.StatusChanged], events.Select(e => e.Event.ChangeKind));
        Assert.All(events, e =>
        {
            Assert.Equal(Guid.Parse(Editor.StridersId), e.Event.OrganizationId);
            Assert.Equal(nameof(DirectoryServiceChanged), e.Message.EventType);
            Assert.Equal(["changeKind", "eventId", "occurredAt", "organizationId", "serviceId"], JsonNode.Parse(e.Message.Payload)!.AsObject().Select(p => p.Key).Order());
        });
    }

    [Fact]
    public async Task A_change_to_a_shared_place_is_a_version_of_every_service_there()
    {
        var admin = Editor.Admin.ClientFor(fixture);
        var service = await ReadAsync(fixture.Http, Editor.VenueSharerServiceId);
        var link = service.Body!["service_at_locations"]!.AsArray().Single(sal => (string?)sal!["location_id"] == Editor.SharedVenueId)!.AsObject();

        (await SendAsync(admin, HttpMethod.Put, $"{Services}/{Editor.VenueSharerServiceId}/service_at_locations/{link["id"]}",
            link.With("location.description", "Step-free entrance on the side street."), service.ETag)).Expect(HttpStatusCode.OK);

        var history = (await SendAsync(admin, HttpMethod.Get, $"{Services}/{Editor.OtherVenueUserServiceId}/history")).Expect(HttpStatusCode.OK).Body!;
        var latest = history["contents"]![0]!;
        Assert.Equal(DirectoryServiceChangeKinds.SharedRecordChanged, (string?)latest["kind"]);
        Assert.Equal(["service_at_locations"], latest["changed_fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Topic == Topics.DirectoryServiceChanged && m.Payload.Contains(Editor.OtherVenueUserServiceId))));
    }

    [Fact]
    public async Task The_feed_gives_each_service_its_version_as_an_ETag()
    {
        var read = (await ReadAsync(fixture.Http, Editor.VenueSharerServiceId)).Expect(HttpStatusCode.OK);

        Assert.Matches("^\"[0-9]+\"$", read.ETag!);
    }
}

public sealed class HistoryAndEventsOnSqliteTests(SqliteDirectoryFixture fixture) : HistoryAndEventTests<SqliteDirectoryFixture>(fixture);

public sealed class HistoryAndEventsOnPostgresTests(PostgresDirectoryFixture fixture) : HistoryAndEventTests<PostgresDirectoryFixture>(fixture);
