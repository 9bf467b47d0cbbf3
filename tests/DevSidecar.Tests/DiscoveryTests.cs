using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Dapr;
using DevSidecar.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Testing;

namespace DevSidecar.Tests;

public sealed class DiscoveryTests
{
    private static readonly object[] ReferralCreated = [FakeApp.Subscription("referral-created", "referrals")];

    [Fact]
    public async Task An_app_that_starts_after_the_sidecar_is_found_by_the_next_round_of_discovery()
    {
        var port = FreePort.Find();
        await using var sidecar = await SidecarUnderTest.StartAsync(
            [("referrals", new Uri($"http://127.0.0.1:{port}"))],
            new Dictionary<string, string?> { ["Discovery:Interval"] = "00:00:00.100" });
        await sidecar.Logs.WaitForAsync(entry => entry.Message.Contains("does not answer", StringComparison.Ordinal));

        await using var app = await FakeApp.StartAsync(ReferralCreated, port: port);
        await sidecar.Logs.WaitForAsync(entry => entry.Message.StartsWith("App referrals subscribes to 1", StringComparison.Ordinal));

        var metadata = await sidecar.Client.GetFromJsonAsync<JsonElement>("v1.0/metadata", TestContext.Current.CancellationToken);
        var subscription = Assert.Single(metadata.GetProperty("subscriptions").EnumerateArray());
        Assert.Equal("referral-created", subscription.GetProperty("topic").GetString());
        await sidecar.PublishNamedAsync("referral-created", "late");
        Assert.Equal("late", (await app.NextAsync()).Name);
    }

    [Fact]
    public async Task A_publish_that_finds_no_subscriber_asks_the_apps_again_first()
    {
        var port = FreePort.Find();
        await using var sidecar = await SidecarUnderTest.StartAsync(
            [("referrals", new Uri($"http://127.0.0.1:{port}"))],
            new Dictionary<string, string?> { ["Discovery:Interval"] = "01:00:00" });
        await sidecar.Logs.WaitForAsync(entry => entry.Message.Contains("does not answer", StringComparison.Ordinal));
        await using var app = await FakeApp.StartAsync(ReferralCreated, port: port);

        await sidecar.PublishNamedAsync("referral-created", "late");

        Assert.Equal("late", (await app.NextAsync()).Name);
    }

    [Fact]
    public async Task Subscriptions_declared_by_the_Dapr_SDK_route_events_by_their_rules_and_default_route()
    {
        var arrivals = Channel.CreateUnbounded<(string Handler, string Name)>();
        await using var subscriber = await StartSdkSubscriberAsync(arrivals.Writer);
        await using var sidecar = await SidecarUnderTest.StartAsync([("referrals", new Uri(subscriber.Urls.Single()))]);

        await sidecar.PublishNamedAsync("referral-created", "a");
        await sidecar.PublishNamedAsync("referral-updated", "b", "?metadata.cloudevent.type=referral.accepted");
        await sidecar.PublishNamedAsync("referral-updated", "c");

        var handled = new List<(string Handler, string Name)>();
        for (var count = 0; count < 3; count++)
        {
            handled.Add(await arrivals.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience.Timeout, TestContext.Current.CancellationToken));
        }

        Assert.Equal(
            [("created", "a"), ("accepted", "b"), ("updated", "c")],
            handled.OrderBy(entry => entry.Name));
    }

    [Fact]
    public async Task The_health_endpoints_the_SDK_polls_answer_no_content_and_metadata_lists_the_pubsub()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);
        var ct = TestContext.Current.CancellationToken;

        using var health = await sidecar.Client.GetAsync("v1.0/healthz", ct);
        using var outbound = await sidecar.Client.GetAsync("v1.0/healthz/outbound", ct);
        var metadata = await sidecar.Client.GetFromJsonAsync<JsonElement>("v1.0/metadata", ct);

        Assert.Equal(HttpStatusCode.NoContent, health.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, outbound.StatusCode);
        Assert.Equal("pubsub", Assert.Single(metadata.GetProperty("components").EnumerateArray()).GetProperty("name").GetString());
    }

    /// <summary>An app that subscribes the way the platform's services do, through Dapr.AspNetCore.</summary>
    private static async Task<WebApplication> StartSdkSubscriberAsync(ChannelWriter<(string Handler, string Name)> arrivals)
    {
        var app = LoopbackApp.CreateBuilder().Build();
        app.UseCloudEvents();
        app.MapSubscribeHandler();
        app.MapPost("/referrals/created", (NamedEvent named) => Handle("created", named)).WithTopic("pubsub", "referral-created");
        app.MapPost("/referrals/accepted", (NamedEvent named) => Handle("accepted", named)).WithTopic(new TopicOptions
        {
            PubsubName = "pubsub",
            Name = "referral-updated",
            Match = "event.type == \"referral.accepted\"",
            Priority = 1,
        });
        app.MapPost("/referrals/updated", (NamedEvent named) => Handle("updated", named)).WithTopic("pubsub", "referral-updated");
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;

        IResult Handle(string handler, NamedEvent named)
        {
            arrivals.TryWrite((handler, named.Name));
            return Results.Ok();
        }
    }

    private sealed record NamedEvent(string Name);
}
