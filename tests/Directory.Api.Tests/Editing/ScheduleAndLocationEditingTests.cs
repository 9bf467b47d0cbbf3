using System.Net;
using System.Text.Json.Nodes;
using static Directory.Api.Tests.Editing.EditRequests;

namespace Directory.Api.Tests.Editing;

/// <summary>A service's schedules and the places it is delivered at, changed one at a time.</summary>
public abstract class ScheduleAndLocationEditingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string Services = "/api/directory/services";

    private readonly HttpClient _provider = Editor.Provider.ClientFor(fixture);

    [Fact]
    public async Task A_provider_adds_replaces_and_removes_a_schedule()
    {
        var (id, etag) = await NewServiceAsync("Striders Schedules");
        var schedule = new JsonObject { ["freq"] = "WEEKLY", ["byday"] = "TH", ["opens_at"] = "18:00", ["closes_at"] = "19:00" };

        var added = (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/schedules", schedule, etag, idempotencyKey: "thursday")).Expect(HttpStatusCode.Created);
        var scheduleId = (string)added.Body!["schedules"]!.AsArray().Single(s => (string?)s!["byday"] == "TH")!["id"]!;
        Assert.Equal($"{Services}/{id}/schedules/{scheduleId}", added.Location);

        var replaced = (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{id}/schedules/{scheduleId}",
            schedule.With("closes_at", "19:30"), added.ETag)).Expect(HttpStatusCode.OK);
        Assert.Equal("19:30", (string?)replaced.Body!["schedules"]!.AsArray().Single(s => (string?)s!["id"] == scheduleId)!["closes_at"]);

        var removed = (await SendAsync(_provider, HttpMethod.Delete, $"{Services}/{id}/schedules/{scheduleId}", ifMatch: replaced.ETag)).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain(removed.Body!["schedules"]!.AsArray(), s => (string?)s!["id"] == scheduleId);
        Assert.Equal("\"4\"", removed.ETag);
        (await SendAsync(_provider, HttpMethod.Delete, $"{Services}/{id}/schedules/{scheduleId}", ifMatch: removed.ETag)).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retried_schedule_add_makes_one_schedule()
    {
        var (id, etag) = await NewServiceAsync("Striders Retried Schedule");
        var schedule = new JsonObject { ["freq"] = "WEEKLY", ["byday"] = "FR", ["opens_at"] = "09:00", ["closes_at"] = "10:00" };

        var first = (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/schedules", schedule, etag, idempotencyKey: "friday")).Expect(HttpStatusCode.Created);
        var retry = (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/schedules", schedule, etag, idempotencyKey: "friday")).Expect(HttpStatusCode.OK);

        Assert.Equal(first.ETag, retry.ETag);
        Assert.Equal(2, retry.Body!["schedules"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_bad_schedule_is_refused_naming_its_field()
    {
        var (id, etag) = await NewServiceAsync("Striders Bad Schedule");

        (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/schedules",
            new JsonObject { ["freq"] = "WEEKLY", ["byday"] = "XX", ["opens_at"] = "7.30" }, etag)).ExpectProblem(HttpStatusCode.BadRequest, "byday");
        (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/schedules",
            new JsonObject { ["freq"] = "WEEKLY", ["opens_at"] = "07:30", ["closes_at"] = "08:30", ["service_at_location_id"] = Guid.NewGuid().ToString() }, etag))
            .ExpectProblem(HttpStatusCode.BadRequest, "service_at_location_id");
        Assert.Equal(etag, (await ReadAsync(fixture.Http, id)).ETag);
    }

    [Fact]
    public async Task A_provider_adds_a_place_and_removing_it_takes_its_schedules_too()
    {
        var (id, etag) = await NewServiceAsync("Striders Second Venue");
        var place = JsonNode.Parse("""
            {
              "location": {
                "location_type": "physical",
                "name": "West Ham Park, Upton Lane gate",
                "latitude": 51.5413,
                "longitude": 0.0231,
                "addresses": [ { "address_1": "Upton Lane", "city": "London", "state_province": "Newham", "postal_code": "E7 9PU", "country": "GB", "address_type": "physical" } ]
              }
            }
            """)!.AsObject();

        var added = (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/service_at_locations", place, etag)).Expect(HttpStatusCode.Created);
        var link = added.Body!["service_at_locations"]!.AsArray().Single(sal => (string?)sal!["location"]!["name"] == "West Ham Park, Upton Lane gate")!;
        var linkId = (string)link["id"]!;
        Assert.Equal($"/api/directory/service_at_locations/{linkId}", added.Location);
        (await SendAsync(fixture.Http, HttpMethod.Get, $"/api/directory/service_at_locations/{linkId}")).Expect(HttpStatusCode.OK);

        var scheduled = (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/schedules",
            new JsonObject { ["freq"] = "WEEKLY", ["byday"] = "SU", ["opens_at"] = "10:00", ["closes_at"] = "11:00", ["service_at_location_id"] = linkId }, added.ETag))
            .Expect(HttpStatusCode.Created);

        var removed = (await SendAsync(_provider, HttpMethod.Delete, $"{Services}/{id}/service_at_locations/{linkId}", ifMatch: scheduled.ETag)).Expect(HttpStatusCode.OK);
        Assert.Single(removed.Body!["service_at_locations"]!.AsArray());
        Assert.DoesNotContain(removed.Body["schedules"]!.AsArray(), s => (string?)s!["service_at_location_id"] == linkId);
        (await SendAsync(fixture.Http, HttpMethod.Get, $"/api/directory/service_at_locations/{linkId}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_provider_links_a_place_already_in_the_directory_by_its_id()
    {
        var (id, etag) = await NewServiceAsync("Striders Bandstand Meet");
        var walkingGroup = (await ReadAsync(fixture.Http, Editor.WalkingGroupId)).Body!;
        var bandstand = (string)walkingGroup["service_at_locations"]![0]!["location_id"]!;

        var linked = (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/service_at_locations", new JsonObject { ["location_id"] = bandstand }, etag))
            .Expect(HttpStatusCode.Created);

        Assert.Contains(linked.Body!["service_at_locations"]!.AsArray(), sal => (string?)sal!["location"]?["name"] == (string?)walkingGroup["service_at_locations"]![0]!["location"]!["name"]);
        (await SendAsync(_provider, HttpMethod.Post, $"{Services}/{id}/service_at_locations", new JsonObject { ["location_id"] = Guid.NewGuid().ToString() }, linked.ETag))
            .ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_place_another_organisation_also_uses_is_theirs_too_and_only_an_administrator_changes_it()
    {
        var sharer = Editor.SharerProvider.ClientFor(fixture);
        var service = await ReadAsync(fixture.Http, Editor.VenueSharerServiceId);
        var index = service.Body!["service_at_locations"]!.AsArray().Select((sal, i) => (sal, i)).Single(x => (string?)x.sal!["location_id"] == Editor.SharedVenueId).i;
        var link = service.Body["service_at_locations"]![index]!.AsObject();
        var renamed = link.With("location.name", "Renamed by one of its users");
        var linkUrl = $"{Services}/{Editor.VenueSharerServiceId}/service_at_locations/{link["id"]}";
        var otherBefore = await ReadAsync(fixture.Http, Editor.OtherVenueUserServiceId);

        (await SendAsync(sharer, HttpMethod.Put, linkUrl, renamed, service.ETag)).ExpectProblem(HttpStatusCode.Forbidden);
        var saved = (await SendAsync(Editor.Admin.ClientFor(fixture), HttpMethod.Put, linkUrl, renamed, service.ETag)).Expect(HttpStatusCode.OK);

        var otherAfter = await ReadAsync(fixture.Http, Editor.OtherVenueUserServiceId);
        Assert.NotEqual(service.ETag, saved.ETag);
        Assert.NotEqual(otherBefore.ETag, otherAfter.ETag);
        Assert.Contains(otherAfter.Body!["service_at_locations"]!.AsArray(), sal => (string?)sal!["location"]!["name"] == "Renamed by one of its users");
    }

    private async Task<(string Id, string ETag)> NewServiceAsync(string name)
    {
        var created = (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub(name))).Expect(HttpStatusCode.Created);
        return ((string)created.Body!["id"]!, created.ETag!);
    }
}

public sealed class ScheduleAndLocationEditingOnSqliteTests(SqliteDirectoryFixture fixture) : ScheduleAndLocationEditingTests<SqliteDirectoryFixture>(fixture);

public sealed class ScheduleAndLocationEditingOnPostgresTests(PostgresDirectoryFixture fixture) : ScheduleAndLocationEditingTests<PostgresDirectoryFixture>(fixture);
