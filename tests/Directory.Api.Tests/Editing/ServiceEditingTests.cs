using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using static Directory.Api.Tests.Editing.EditRequests;

namespace Directory.Api.Tests.Editing;

/// <summary>Providers add and change their own organisation's services, administrators any; edits are versioned and never lost.</summary>
public abstract class ServiceEditingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string Services = "/api/directory/services";

    private readonly HttpClient _provider = Editor.Provider.ClientFor(fixture);
    private readonly HttpClient _admin = Editor.Admin.ClientFor(fixture);

    [Fact]
    public async Task A_provider_adds_a_service_for_their_organisation_and_the_feed_serves_it()
    {
        var created = (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub())).Expect(HttpStatusCode.Created);

        var id = (string)created.Body!["id"]!;
        Assert.Equal($"{Services}/{id}", created.Location);
        Assert.Equal("\"1\"", created.ETag);
        var read = (await ReadAsync(fixture.Http, id)).Expect(HttpStatusCode.OK);
        Assert.Equal("\"1\"", read.ETag);
        Assert.True(JsonNode.DeepEquals(created.Body, read.Body), $"Saved:\n{created.Body}\nServed:\n{read.Body}");
        await OrukSchemas.AssertValidAsync("service", read.Body!.ToJsonString());
        Assert.Equal("Newham Striders", (string?)read.Body!["organization"]!["name"]);
        Assert.Equal("E7 8QP", (string?)read.Body["service_at_locations"]![0]!["location"]!["addresses"]![0]!["postal_code"]);
        Assert.Equal("self_referral", (string?)read.Body["attributes"]![0]!["taxonomy_term"]!["term"]);
    }

    [Fact]
    public async Task Editing_needs_a_providers_or_an_administrators_token()
    {
        var before = await fixture.ServiceCountAsync();

        (await SendAsync(fixture.Http, HttpMethod.Post, Services, NewServices.WalkingClub())).ExpectProblem(HttpStatusCode.Unauthorized);
        (await SendAsync(Editor.Resident.ClientFor(fixture), HttpMethod.Post, Services, NewServices.WalkingClub())).ExpectProblem(HttpStatusCode.Forbidden);
        (await SendAsync(Editor.Referrer.ClientFor(fixture), HttpMethod.Put, $"{Services}/{Editor.WalkingGroupId}", NewServices.WalkingClub(), "\"1\""))
            .ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Equal(before, await fixture.ServiceCountAsync());
    }

    [Fact]
    public async Task Another_organisations_service_is_refused_to_a_provider_and_an_unknown_one_is_not_found()
    {
        var theirs = NewServices.WalkingClub().With("organization_id", Editor.VenueSharerId);
        (await SendAsync(_provider, HttpMethod.Post, Services, theirs)).ExpectProblem(HttpStatusCode.Forbidden);

        var other = (await ReadAsync(fixture.Http, Editor.VenueSharerServiceId)).Expect(HttpStatusCode.OK);
        var renamed = other.Body!.AsObject().With("name", "Taken over");
        (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Editor.VenueSharerServiceId}", renamed, other.ETag)).ExpectProblem(HttpStatusCode.Forbidden);
        (await SendAsync(_provider, HttpMethod.Patch, $"{Services}/{Editor.VenueSharerServiceId}", new JsonObject { ["status"] = "defunct" }, other.ETag))
            .ExpectProblem(HttpStatusCode.Forbidden);
        (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Guid.NewGuid()}", renamed, "\"1\"")).ExpectProblem(HttpStatusCode.NotFound);
        (await SendAsync(_provider, HttpMethod.Put, $"{Services}/not-a-uuid", renamed, "\"1\"")).ExpectProblem(HttpStatusCode.BadRequest, "id");
        Assert.Equal("active", (string?)(await ReadAsync(fixture.Http, Editor.VenueSharerServiceId)).Body!["status"]);
    }

    [Fact]
    public async Task An_administrator_may_edit_any_organisations_service()
    {
        var current = (await ReadAsync(fixture.Http, Editor.VenueSharerServiceId)).Expect(HttpStatusCode.OK);

        var saved = (await SendAsync(_admin, HttpMethod.Put, $"{Services}/{Editor.VenueSharerServiceId}",
            current.Body!.AsObject().With("alert", "Closed on bank holidays."), current.ETag)).Expect(HttpStatusCode.OK);

        Assert.Equal("Closed on bank holidays.", (string?)saved.Body!["alert"]);
        Assert.NotEqual(current.ETag, saved.ETag);
    }

    [Fact]
    public async Task A_provider_replaces_their_service_and_the_version_moves_on()
    {
        var current = (await ReadAsync(fixture.Http, Editor.WalkingGroupId)).Expect(HttpStatusCode.OK);
        var version = int.Parse(current.ETag!.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        var saved = (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Editor.WalkingGroupId}",
            current.Body!.AsObject().With("description", "Free health walks in Central Park, East Ham.").With("maximum_age", 95), current.ETag)).Expect(HttpStatusCode.OK);

        Assert.Equal($"\"{version + 1}\"", saved.ETag);
        var read = (await ReadAsync(fixture.Http, Editor.WalkingGroupId)).Expect(HttpStatusCode.OK);
        Assert.Equal(saved.ETag, read.ETag);
        Assert.Equal("Free health walks in Central Park, East Ham.", (string?)read.Body!["description"]);
        Assert.Equal(95, (int?)read.Body["maximum_age"]);
        Assert.True(DateTime.Parse((string)read.Body["last_modified"]!, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime() > DateTime.UtcNow.AddMinutes(-5));
        await OrukSchemas.AssertValidAsync("service", read.Body.ToJsonString());
    }

    [Fact]
    public async Task An_edit_must_say_which_version_it_is_based_on_and_a_stale_one_is_refused()
    {
        var current = (await ReadAsync(fixture.Http, Editor.WalkingGroupId)).Expect(HttpStatusCode.OK);
        var first = current.Body!.AsObject().With("alert", "First editor's alert.");
        var second = current.Body!.AsObject().With("alert", "Second editor's alert.");

        (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Editor.WalkingGroupId}", first)).ExpectProblem(HttpStatusCode.PreconditionRequired);
        (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Editor.WalkingGroupId}", first, current.ETag)).Expect(HttpStatusCode.OK);
        var stale = (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Editor.WalkingGroupId}", second, current.ETag))
            .ExpectProblem(HttpStatusCode.PreconditionFailed);

        Assert.NotNull(stale["current_version"]);
        Assert.Equal("First editor's alert.", (string?)(await ReadAsync(fixture.Http, Editor.WalkingGroupId)).Body!["alert"]);
    }

    [Fact]
    public async Task Sending_the_same_edit_again_changes_nothing()
    {
        var current = (await ReadAsync(fixture.Http, Editor.WalkingGroupId)).Expect(HttpStatusCode.OK);
        var edited = current.Body!.AsObject().With("fees", "None.");

        var saved = (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Editor.WalkingGroupId}", edited, current.ETag)).Expect(HttpStatusCode.OK);
        var again = (await SendAsync(_provider, HttpMethod.Put, $"{Services}/{Editor.WalkingGroupId}", edited, current.ETag)).Expect(HttpStatusCode.OK);

        Assert.Equal(saved.ETag, again.ETag);
        Assert.True(JsonNode.DeepEquals(saved.Body, again.Body));
    }

    [Fact]
    public async Task A_retried_create_with_the_same_id_or_idempotency_key_makes_one_service()
    {
        var id = Guid.NewGuid().ToString();
        var withId = NewServices.WalkingClub("Striders Couch to 5k").With("id", id);
        var first = (await SendAsync(_provider, HttpMethod.Post, Services, withId)).Expect(HttpStatusCode.Created);
        var retry = (await SendAsync(_provider, HttpMethod.Post, Services, withId)).Expect(HttpStatusCode.Created);
        Assert.Equal(id, (string?)first.Body!["id"]);
        Assert.True(JsonNode.DeepEquals(first.Body, retry.Body));

        var withKey = NewServices.WalkingClub("Striders Park Run Buddies");
        var keyed = (await SendAsync(_provider, HttpMethod.Post, Services, withKey, idempotencyKey: "park-run-1")).Expect(HttpStatusCode.Created);
        var keyedRetry = (await SendAsync(_provider, HttpMethod.Post, Services, withKey, idempotencyKey: "park-run-1")).Expect(HttpStatusCode.Created);
        Assert.Equal((string?)keyed.Body!["id"], (string?)keyedRetry.Body!["id"]);

        Assert.Equal(1, await fixture.QueryAsync(db => db.Services.CountAsync(s => s.Name == "Striders Couch to 5k")));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Services.CountAsync(s => s.Name == "Striders Park Run Buddies")));
        Assert.Equal(1, await fixture.QueryAsync(db => db.ServiceHistory.CountAsync(h => h.ServiceId == Guid.Parse(id))));
    }

    [Fact]
    public async Task A_create_that_reuses_an_existing_id_for_something_else_is_a_conflict()
    {
        var reuse = NewServices.WalkingClub("Not the walking group").With("id", Editor.WalkingGroupId);

        (await SendAsync(_provider, HttpMethod.Post, Services, reuse)).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Equal("Newham Striders Health Walks", (string?)(await ReadAsync(fixture.Http, Editor.WalkingGroupId)).Body!["name"]);
    }

    [Fact]
    public async Task A_provider_closes_their_service_for_now_with_an_alert()
    {
        var created = (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub("Striders Winter Walks"))).Expect(HttpStatusCode.Created);
        var id = (string)created.Body!["id"]!;

        var closed = (await SendAsync(_provider, HttpMethod.Patch, $"{Services}/{id}",
            new JsonObject { ["status"] = "temporarily closed", ["alert"] = "Back in March." }, created.ETag)).Expect(HttpStatusCode.OK);
        (await SendAsync(_provider, HttpMethod.Patch, $"{Services}/{id}", new JsonObject { ["status"] = "shut" }, closed.ETag))
            .ExpectProblem(HttpStatusCode.BadRequest, "status");
        (await SendAsync(_provider, HttpMethod.Patch, $"{Services}/{id}", new JsonObject { ["name"] = "Renamed" }, closed.ETag))
            .ExpectProblem(HttpStatusCode.BadRequest, "name");

        Assert.Equal("\"2\"", closed.ETag);
        var read = (await ReadAsync(fixture.Http, id)).Body!;
        Assert.Equal("temporarily closed", (string?)read["status"]);
        Assert.Equal("Back in March.", (string?)read["alert"]);
        Assert.Equal("Striders Winter Walks", (string?)read["name"]);
    }
}

public sealed class ServiceEditingOnSqliteTests(SqliteDirectoryFixture fixture) : ServiceEditingTests<SqliteDirectoryFixture>(fixture);

public sealed class ServiceEditingOnPostgresTests(PostgresDirectoryFixture fixture) : ServiceEditingTests<PostgresDirectoryFixture>(fixture);
