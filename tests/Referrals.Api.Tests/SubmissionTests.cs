using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.Contracts.Offers.V1;

namespace Referrals.Api.Tests;

/// <summary>POST /api/referrals: checked with the Directory and Offers, saved with its event and audit record, never twice.</summary>
public abstract class SubmissionTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ReferralsFixture
{
    [Fact]
    public async Task A_resident_self_refers_and_the_submitted_event_is_in_the_outbox_without_personal_data()
    {
        using var resident = fixture.ClientFor(Persona.Resident);

        using var response = await resident.SelfReferAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var referral = await response.JsonAsync();
        var id = (string)referral["id"]!;
        Assert.Equal($"/api/referrals/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("requested", (string?)referral["status"]);
        Assert.Equal("self", (string?)referral["route"]);
        Assert.Equal(Persona.WalkingGroupOrganisationId, (string?)referral["organizationId"]);
        Assert.Equal("Newham Striders Health Walks", (string?)referral["serviceName"]);

        var outbox = await fixture.QueryAsync(db => db.Set<Platform.Messaging.OutboxMessage>().AsNoTracking().ToListAsync());
        var submitted = Assert.Single(outbox, m => m.Topic == Topics.ReferralSubmitted && m.Payload.Contains(id, StringComparison.Ordinal));
        Assert.DoesNotContain(Persona.Resident.NhsNumber!, submitted.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("lonely", submitted.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_is_audited_with_whose_data_and_why()
    {
        using var resident = fixture.ClientFor(Persona.Resident);

        var id = await resident.SelfReferredIdAsync();

        var audit = await fixture.QueryAsync(db => db.AuditRecords.AsNoTracking().Where(a => a.ResourceId == id).ToListAsync());
        var record = Assert.Single(audit);
        Assert.Equal("referral.submit", record.Action);
        Assert.Equal(Persona.Resident.NhsNumber, record.SubjectNhsNumber);
        Assert.Equal(Persona.Resident.Subject, record.ActorSubject);
        Assert.Equal("allowed", record.Outcome);
    }

    [Fact]
    public async Task A_self_referral_to_a_professional_only_service_is_422_naming_the_reason()
    {
        using var resident = fixture.ClientFor(Persona.Resident);

        using var response = await resident.SelfReferAsync(Persona.ProfessionalOnlyServiceId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("route_not_accepted", (string?)(await response.JsonAsync())["reasons"]?[0]?["code"]);
    }

    [Fact]
    public async Task A_referral_to_an_unknown_service_is_404()
    {
        using var resident = fixture.ClientFor(Persona.Resident);

        using var response = await resident.SelfReferAsync(Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_service_whose_offer_has_no_places_left_refuses_the_referral_and_nothing_is_saved()
    {
        var serviceId = await AnActiveSelfReferralServiceOtherThanTheWalkingGroupAsync();
        fixture.Offers.Places[serviceId] = new GetPlacesResponse { HasOffer = true, PlacesTotal = 5, PlacesTaken = 5, PlacesLeft = 0 };
        using var resident = fixture.ClientFor(Persona.Resident2);

        using var response = await resident.SelfReferAsync(serviceId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("no_places_left", (string?)(await response.JsonAsync())["reasons"]?[0]?["code"]);
        var saved = await fixture.QueryAsync(db => db.Referrals.CountAsync(r => r.ServiceId == Guid.Parse(serviceId)));
        Assert.Equal(0, saved);
    }

    [Fact]
    public async Task Every_bad_field_is_named_in_one_400_and_nothing_is_saved()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        var before = await fixture.QueryAsync(db => db.Referrals.CountAsync());

        using var response = await resident.PostAsJsonAsync("/api/referrals", new
        {
            goals = new[] { "ok", new string('x', 501) },
            urgency = "whenever",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!;
        Assert.NotNull(errors["serviceId"]);
        Assert.NotNull(errors["goals[1]"]);
        Assert.NotNull(errors["urgency"]);
        Assert.Equal(before, await fixture.QueryAsync(db => db.Referrals.CountAsync()));
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_problem_naming_the_field()
    {
        using var resident = fixture.ClientFor(Persona.Resident);

        using var response = await resident.PostAsync("/api/referrals", Http.Raw("""{"serviceId": 12345}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.JsonAsync())["errors"]?["serviceId"]);
    }

    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_makes_one_referral()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        var key = Guid.NewGuid().ToString();

        using var first = await resident.SelfReferAsync(idempotencyKey: key);
        using var retry = await resident.SelfReferAsync(idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal((string?)(await first.JsonAsync())["id"], (string?)(await retry.JsonAsync())["id"]);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Referrals.CountAsync(r => r.IdempotencyKey == key)));
    }

    [Fact]
    public async Task Simultaneous_retries_with_one_idempotency_key_make_one_referral()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => resident.SelfReferAsync(idempotencyKey: key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (string?)(await r.JsonAsync())["id"]));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await fixture.QueryAsync(db => db.Referrals.CountAsync(r => r.IdempotencyKey == key)));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<Platform.Messaging.OutboxMessage>().CountAsync(m => m.Payload.Contains(ids[0]!))));
    }

    [Fact]
    public async Task A_GP_refers_a_patient_who_consented()
    {
        using var gp = fixture.ClientFor(Persona.Gp);

        using var response = await gp.PostAsJsonAsync("/api/referrals", new
        {
            serviceId = Persona.ProfessionalOnlyServiceId,
            patientNhsNumber = Persona.Resident2.NhsNumber,
            consentRecorded = true,
            urgency = "urgent",
            goals = new[] { "Less isolated after bereavement" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var referral = await response.JsonAsync();
        Assert.Equal("professional", (string?)referral["route"]);
        Assert.Equal(Persona.Resident2.NhsNumber, (string?)referral["nhsNumber"]);
    }

    [Fact]
    public async Task A_GP_referral_without_consent_or_with_a_wrong_NHS_number_is_a_400_naming_both()
    {
        using var gp = fixture.ClientFor(Persona.Gp);

        using var response = await gp.PostAsJsonAsync("/api/referrals", new
        {
            serviceId = Persona.ProfessionalOnlyServiceId,
            patientNhsNumber = "9990000019",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!;
        Assert.NotNull(errors["patientNhsNumber"]);
        Assert.NotNull(errors["consentRecorded"]);
    }

    [Fact]
    public async Task A_commissioner_cannot_submit_referrals()
    {
        using var commissioner = fixture.ClientFor(Persona.Commissioner);

        using var response = await commissioner.SelfReferAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_service_itself_answers_401()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(fixture.Referrals.HttpUrl) };

        using var response = await anonymous.SelfReferAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> AnActiveSelfReferralServiceOtherThanTheWalkingGroupAsync()
    {
        using var directory = new HttpClient { BaseAddress = new Uri(fixture.Directory.HttpUrl) };
        var page = System.Text.Json.Nodes.JsonNode.Parse(await directory.GetStringAsync("/api/directory/services?per_page=200&full=true"))!;
        return page["contents"]!.AsArray()
            .Where(s => (string?)s!["status"] == "active" && (string?)s["id"] != Persona.WalkingGroupId)
            .Where(s => s!["attributes"]!.AsArray().Any(a => (string?)a!["taxonomy_term"]?["term"] == "self_referral"))
            .Select(s => (string)s!["id"]!)
            .First();
    }
}

public sealed class SubmissionOnSqliteTests(SqliteReferralsFixture fixture) : SubmissionTests<SqliteReferralsFixture>(fixture);

public sealed class SubmissionOnPostgresTests(PostgresReferralsFixture fixture) : SubmissionTests<PostgresReferralsFixture>(fixture);
