using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Launcher;

namespace EndToEnd.Tests;

/// <summary>
/// A fault never loses an accepted referral's event, and a redelivery never applies it twice: the
/// sidecar is down when the referral is submitted, Referrals is then killed outright, and both restart.
/// </summary>
public abstract class CrashRecoveryTests<TFixture>(TFixture platform) : IClassFixture<TFixture>
    where TFixture : PlatformFixture
{
    private const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";

    [Fact]
    public async Task A_referral_submitted_while_the_sidecar_is_down_and_Referrals_is_killed_holds_exactly_one_place()
    {
        var local = platform.Platform;
        using var resident = await platform.SignInAsync("resident");

        await local.StopAsync(PlatformTopology.Sidecar);
        using var submitted = await resident.PostAsJsonAsync("/api/referrals", new { serviceId = WalkingGroupId });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var referralId = Guid.Parse((string)JsonNode.Parse(await submitted.Content.ReadAsStringAsync())!["id"]!);
        var unsent = await SubmittedEventAsync(referralId);
        Assert.Null(unsent.SentAt);

        await local.KillAsync(PlatformTopology.Referrals);
        await local.StartAsync(PlatformTopology.Sidecar, TestContext.Current.CancellationToken);
        await local.StartAsync(PlatformTopology.Referrals, TestContext.Current.CancellationToken);

        await Eventually.ReturnsAsync(() => ClaimsForAsync(referralId), claims => claims > 0, "Offers to hold a place for the referral");
        var sent = await Eventually.ReturnsAsync(() => SubmittedEventAsync(referralId), e => e.SentAt is not null, "the outbox to mark the event sent");
        Assert.Equal(unsent.EventId, sent.EventId);
        Assert.Equal(1, await ClaimsForAsync(referralId));
        Assert.Equal(1, await InboxRowsForAsync(sent.EventId));

        var redelivery = await RedeliverToOffersAsync(sent.EventId, sent.Payload);

        Assert.Equal("SUCCESS", redelivery);
        Assert.Equal(1, await ClaimsForAsync(referralId));
        Assert.Equal(1, await InboxRowsForAsync(sent.EventId));
    }

    private async Task<(Guid EventId, string Payload, object? SentAt)> SubmittedEventAsync(Guid referralId)
    {
        var rows = await platform.Platform.QueryAsync(
            PlatformTopology.Referrals,
            """SELECT "EventId", "Payload", "SentAt" FROM "OutboxMessages" WHERE "Topic" = 'referral-submitted' AND "Payload" LIKE @pattern""",
            ("@pattern", $"%{referralId}%"));
        var row = Assert.Single(rows);
        return (Guid.Parse(row[0]!.ToString()!), (string)row[1]!, row[2]);
    }

    private Task<long> ClaimsForAsync(Guid referralId) => platform.Platform.CountAsync(
        PlatformTopology.Offers,
        """SELECT COUNT(*) FROM "PlaceClaims" WHERE "ReferralId" = @referral""",
        ("@referral", platform.Platform.Id(PlatformTopology.Offers, referralId)));

    private Task<long> InboxRowsForAsync(Guid eventId) => platform.Platform.CountAsync(
        PlatformTopology.Offers,
        """SELECT COUNT(*) FROM "InboxMessages" WHERE "EventId" = @event""",
        ("@event", platform.Platform.Id(PlatformTopology.Offers, eventId)));

    /// <summary>Posts the same event again, exactly as Dapr would redeliver it, to the route Offers declared.</summary>
    private async Task<string?> RedeliverToOffersAsync(Guid eventId, string payload)
    {
        using var offers = new HttpClient { BaseAddress = new Uri(platform.Platform.Component(PlatformTopology.Offers).HttpUrl) };
        var subscriptions = JsonNode.Parse(await offers.GetStringAsync("/dapr/subscribe"))!.AsArray();
        var subscription = subscriptions.Single(s => (string?)s!["topic"] == "referral-submitted")!;
        var route = (string?)subscription["route"] ?? (string)subscription["routes"]!["default"]!;
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = eventId.ToString(),
            ["source"] = "referrals",
            ["type"] = "ReferralSubmitted",
            ["topic"] = "referral-submitted",
            ["pubsubname"] = "pubsub",
            ["datacontenttype"] = "application/json",
            ["data"] = JsonNode.Parse(payload),
        };
        using var response = await offers.PostAsync(
            "/" + route.TrimStart('/'),
            new StringContent(cloudEvent.ToJsonString(), Encoding.UTF8, "application/cloudevents+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())?["status"];
    }
}

public sealed class CrashRecoveryOnSqliteTests(SqliteCrashPlatformFixture platform) : CrashRecoveryTests<SqliteCrashPlatformFixture>(platform);

public sealed class CrashRecoveryOnPostgresTests(PostgresCrashPlatformFixture platform) : CrashRecoveryTests<PostgresCrashPlatformFixture>(platform);
