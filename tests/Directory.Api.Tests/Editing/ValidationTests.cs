using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using static Directory.Api.Tests.Editing.EditRequests;

namespace Directory.Api.Tests.Editing;

/// <summary>Every check an edit passes, each refused with a 400 naming the field, and nothing written.</summary>
public abstract class ValidationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private const string Services = "/api/directory/services";

    private readonly HttpClient _provider = Editor.Provider.ClientFor(fixture);

    /// <summary>Where the mistake is, the JSON put there (null: the field left out), and the field the 400 must name.</summary>
    public static TheoryData<string, string?, string> Mistakes => new()
    {
        { "name", null, "name" },
        { "name", "\"   \"", "name" },
        { "status", "\"open\"", "status" },
        { "organization_id", "\"not-a-uuid\"", "organization_id" },
        { "minimum_age", "-1", "minimum_age" },
        { "maximum_age", "121", "maximum_age" },
        { "minimum_age", "95", "maximum_age" },
        { "email", "\"nordic at striders\"", "email" },
        { "url", "\"newham-striders.example.org\"", "url" },
        { "assured_date", "\"10/10/2026\"", "assured_date" },
        { "schedules[0].opens_at", "\"9am\"", "schedules[0].opens_at" },
        { "schedules[0].closes_at", "\"24:00\"", "schedules[0].closes_at" },
        { "schedules[0].byday", "\"Tuesday\"", "schedules[0].byday" },
        { "schedules[0].byday", "\"1TU\"", "schedules[0].byday" },
        { "schedules[0].freq", "\"DAILY\"", "schedules[0].freq" },
        { "schedules[0].valid_from", "\"2027-01-01\"", "schedules[0].valid_to" },
        { "schedules[0].service_at_location_id", "\"11111111-2222-4333-8444-555555555555\"", "schedules[0].service_at_location_id" },
        { "service_at_locations[0].location.latitude", "91", "service_at_locations[0].location.latitude" },
        { "service_at_locations[0].location.longitude", "-181", "service_at_locations[0].location.longitude" },
        { "service_at_locations[0].location.location_type", "\"building\"", "service_at_locations[0].location.location_type" },
        { "service_at_locations[0].location.addresses[0].postal_code", "\"E7\"", "service_at_locations[0].location.addresses[0].postal_code" },
        { "service_at_locations[0].location.addresses[0].postal_code", "\"NOT A POSTCODE\"", "service_at_locations[0].location.addresses[0].postal_code" },
        { "service_at_locations[0].location.addresses[0].city", null, "service_at_locations[0].location.addresses[0].city" },
        { "contacts[0].phones[0].number", null, "contacts[0].phones[0].number" },
        { "attributes[0].taxonomy_term_id", "\"11111111-2222-4333-8444-555555555555\"", "attributes[0].taxonomy_term_id" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_is_refused_naming_its_field_and_nothing_is_written(string path, string? json, string field)
    {
        var name = $"Mistake at {path}";
        var document = NewServices.WalkingClub(name).With(path, json is null ? null : JsonNode.Parse(json));
        if (path == "schedules[0].valid_from")
        {
            document = document.With("schedules[0].valid_to", "2026-12-31");
        }

        var events = await OutboxCountAsync();

        (await SendAsync(_provider, HttpMethod.Post, Services, document)).ExpectProblem(HttpStatusCode.BadRequest, field);

        Assert.Equal(0, await fixture.QueryAsync(db => db.Services.CountAsync(s => s.Name == name)));
        Assert.Equal(events, await OutboxCountAsync());
    }

    [Fact]
    public async Task An_organisation_the_directory_does_not_have_is_refused()
    {
        var document = NewServices.WalkingClub("Striders Nowhere").With("organization_id", "11111111-2222-4333-8444-555555555555");

        (await SendAsync(Editor.Admin.ClientFor(fixture), HttpMethod.Post, Services, document)).ExpectProblem(HttpStatusCode.BadRequest, "organization_id");
    }

    [Fact]
    public async Task Every_mistake_in_a_document_is_named_at_once()
    {
        var document = NewServices.WalkingClub()
            .With("status", "open")
            .With("schedules[0].opens_at", "25:00")
            .With("service_at_locations[0].location.addresses[0].postal_code", "XYZ");

        var problem = (await SendAsync(_provider, HttpMethod.Post, Services, document)).ExpectProblem(HttpStatusCode.BadRequest);

        var named = problem["errors"]!.AsObject().Select(error => error.Key).ToList();
        Assert.Contains("status", named);
        Assert.Contains("schedules[0].opens_at", named);
        Assert.Contains("service_at_locations[0].location.addresses[0].postal_code", named);
    }

    [Fact]
    public async Task A_schedule_that_is_not_monthly_takes_no_ordinals_or_month_days_and_a_monthly_one_does()
    {
        var monthly = NewServices.WalkingClub("Striders First Saturday").With("schedules[0].freq", "MONTHLY").With("schedules[0].byday", "1SA,-1FR");
        var weeklyMonthDays = NewServices.WalkingClub("Striders Month Days").With("schedules[0].bymonthday", "1,15");

        (await SendAsync(_provider, HttpMethod.Post, Services, monthly)).Expect(HttpStatusCode.Created);
        (await SendAsync(_provider, HttpMethod.Post, Services, weeklyMonthDays)).ExpectProblem(HttpStatusCode.BadRequest, "schedules[0].bymonthday");
    }

    [Fact]
    public async Task A_body_that_is_not_a_service_document_is_refused()
    {
        (await SendAsync(_provider, HttpMethod.Post, Services, new JsonArray())).ExpectProblem(HttpStatusCode.BadRequest);
        (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub().With("minimum_age", "eighteen")))
            .ExpectProblem(HttpStatusCode.BadRequest, "minimum_age");
        (await SendAsync(_provider, HttpMethod.Post, Services, NewServices.WalkingClub().With("schedules[0].id", "not-a-uuid")))
            .ExpectProblem(HttpStatusCode.BadRequest, "schedules[0].id");
    }

    [Fact]
    public async Task Two_records_of_one_document_cannot_share_an_id()
    {
        var shared = Guid.NewGuid().ToString();
        var document = NewServices.WalkingClub().With("schedules[0].id", shared).With("contacts[0].id", shared);

        (await SendAsync(_provider, HttpMethod.Post, Services, document)).ExpectProblem(HttpStatusCode.BadRequest, "contacts[0].id");
    }

    [Fact]
    public async Task A_record_may_not_take_another_services_record_id()
    {
        var document = NewServices.WalkingClub("Striders Id Thieves").With("schedules[0].id", Editor.SaturdayWalkId);

        (await SendAsync(_provider, HttpMethod.Post, Services, document)).ExpectProblem(HttpStatusCode.Conflict);

        Assert.Equal(0, await fixture.QueryAsync(db => db.Services.CountAsync(s => s.Name == "Striders Id Thieves")));
    }

    private Task<int> OutboxCountAsync() => fixture.QueryAsync(db => db.Set<Platform.Messaging.OutboxMessage>().CountAsync());
}

public sealed class ValidationOnSqliteTests(SqliteDirectoryFixture fixture) : ValidationTests<SqliteDirectoryFixture>(fixture);

public sealed class ValidationOnPostgresTests(PostgresDirectoryFixture fixture) : ValidationTests<PostgresDirectoryFixture>(fixture);
