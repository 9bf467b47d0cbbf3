using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;

namespace Referrals.Api.Tests;

/// <summary>Who sees a referral, who decides on it, and the record each access leaves.</summary>
public abstract class AccessAndTriageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ReferralsFixture
{
    [Fact]
    public async Task The_resident_reads_their_own_referral_with_its_timeline()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        var id = await resident.SelfReferredIdAsync();

        var referral = await (await resident.GetAsync($"/api/referrals/{id}")).JsonAsync();

        Assert.Equal(id, (string?)referral["id"]);
        Assert.Equal("requested", (string?)referral["timeline"]?[0]?["status"]);
        Assert.Equal("Walk with others once a week", (string?)referral["goals"]?[0]);
    }

    [Fact]
    public async Task Another_resident_cannot_read_it_and_the_refusal_is_audited()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var neighbour = fixture.ClientFor(Persona.Resident2);
        var id = await resident.SelfReferredIdAsync();

        using var response = await neighbour.GetAsync($"/api/referrals/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var denied = await fixture.QueryAsync(db => db.AuditRecords.AsNoTracking()
            .SingleAsync(a => a.ResourceId == id && a.Outcome == "denied"));
        Assert.Equal(Persona.Resident2.Subject, denied.ActorSubject);
        Assert.Equal(Persona.Resident.NhsNumber, denied.SubjectNhsNumber);
    }

    [Fact]
    public async Task A_malformed_referral_id_is_a_400_naming_it()
    {
        using var resident = fixture.ClientFor(Persona.Resident);

        using var response = await resident.GetAsync("/api/referrals/not-an-id");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]?["id"]);
    }

    [Fact]
    public async Task The_provider_sees_it_in_their_inbox_and_another_organisation_does_not()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var provider = fixture.ClientFor(Persona.Provider);
        using var otherProvider = fixture.ClientFor(Persona.OtherProvider);
        var id = await resident.SelfReferredIdAsync();

        var inbox = await (await provider.GetAsync("/api/referrals?status=requested")).JsonAsync();
        var otherInbox = await (await otherProvider.GetAsync("/api/referrals?status=requested")).JsonAsync();

        Assert.Contains(inbox.AsArray(), r => (string?)r!["id"] == id);
        Assert.DoesNotContain(otherInbox.AsArray(), r => (string?)r!["id"] == id);
    }

    [Fact]
    public async Task The_provider_accepts_and_a_referral_accepted_event_is_in_the_outbox()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var provider = fixture.ClientFor(Persona.Provider);
        var id = await resident.SelfReferredIdAsync();

        using var response = await provider.PostAsync($"/api/referrals/{id}/accept", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var referral = await response.JsonAsync();
        Assert.Equal("accepted", (string?)referral["status"]);
        Assert.Equal(["requested", "accepted"], referral["timeline"]!.AsArray().Select(t => (string?)t!["status"]).ToArray());
        var accepted = await fixture.QueryAsync(db => db.Set<Platform.Messaging.OutboxMessage>().AsNoTracking()
            .CountAsync(m => m.Topic == Topics.ReferralAccepted && m.Payload.Contains(id)));
        Assert.Equal(1, accepted);
    }

    [Fact]
    public async Task Accepting_twice_is_a_409()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var provider = fixture.ClientFor(Persona.Provider);
        var id = await resident.SelfReferredIdAsync();
        (await provider.PostAsync($"/api/referrals/{id}/accept", null)).EnsureSuccessStatusCode();

        using var again = await provider.PostAsync($"/api/referrals/{id}/accept", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Simultaneous_decisions_leave_one_decision_and_one_event()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var provider = fixture.ClientFor(Persona.Provider);
        var id = await resident.SelfReferredIdAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => provider.PostAsync($"/api/referrals/{id}/accept", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<Platform.Messaging.OutboxMessage>()
            .CountAsync(m => m.Topic == Topics.ReferralAccepted && m.Payload.Contains(id))));
    }

    [Fact]
    public async Task Another_organisation_cannot_accept_it_and_the_resident_may_not_decide_it()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var otherProvider = fixture.ClientFor(Persona.OtherProvider);
        var id = await resident.SelfReferredIdAsync();

        using var byOther = await otherProvider.PostAsync($"/api/referrals/{id}/accept", null);
        using var byResident = await resident.PostAsync($"/api/referrals/{id}/accept", null);

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byResident.StatusCode);
    }

    [Fact]
    public async Task The_provider_declines_with_a_reason_code()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var provider = fixture.ClientFor(Persona.Provider);
        var id = await resident.SelfReferredIdAsync();

        using var response = await provider.PostAsJsonAsync($"/api/referrals/{id}/decline", new { reasonCode = "no-capacity" });

        var referral = await response.JsonAsync();
        Assert.Equal("rejected", (string?)referral["status"]);
        Assert.Equal("no-capacity", (string?)referral["declineReasonCode"]);
    }

    [Fact]
    public async Task Declining_without_a_known_reason_is_a_400_naming_it()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        using var provider = fixture.ClientFor(Persona.Provider);
        var id = await resident.SelfReferredIdAsync();

        using var response = await provider.PostAsJsonAsync($"/api/referrals/{id}/decline", new { reasonCode = "too busy today" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]?["reasonCode"]);
    }

    [Fact]
    public async Task Audit_records_cannot_be_changed_or_deleted()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        var id = await resident.SelfReferredIdAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.QueryAsync(async db =>
        {
            var record = await db.AuditRecords.FirstAsync(a => a.ResourceId == id);
            db.AuditRecords.Remove(record);
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }
}

public sealed class AccessAndTriageOnSqliteTests(SqliteReferralsFixture fixture) : AccessAndTriageTests<SqliteReferralsFixture>(fixture);

public sealed class AccessAndTriageOnPostgresTests(PostgresReferralsFixture fixture) : AccessAndTriageTests<PostgresReferralsFixture>(fixture);
