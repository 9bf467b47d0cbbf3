using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapr;
using Dapr.Client;
using DevSidecar.Tests.Fakes;
using Grpc.Core;

namespace DevSidecar.Tests;

public sealed class PublishingTests
{
    private static readonly object[] ReferralCreated = [FakeApp.Subscription("referral-created", "referrals")];

    [Fact]
    public async Task DaprClient_PublishEventAsync_over_gRPC_reaches_the_subscriber()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);
        using var client = new DaprClientBuilder()
            .UseHttpEndpoint(sidecar.Http.ToString())
            .UseGrpcEndpoint(sidecar.Grpc.ToString())
            .Build();
        var ct = TestContext.Current.CancellationToken;

        await client.WaitForSidecarAsync(ct);
        using var publishing = new Activity("publishing").SetIdFormat(ActivityIdFormat.W3C).Start();
        await client.PublishEventAsync("pubsub", "referral-created", new { ReferralId = "r-1" }, ct);

        var received = await app.NextAsync();
        Assert.Equal("referrals", received.Path);
        Assert.Equal("r-1", received.Data.GetProperty("referralId").GetString());
        Assert.Equal("application/json", received.Attribute("datacontenttype"));
        Assert.Contains(publishing.TraceId.ToHexString(), received.Attribute("traceparent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_publish_reaches_the_subscriber()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        using var response = await sidecar.PublishAsync("referral-created", """{"referralId":"r-2"}""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var received = await app.NextAsync();
        Assert.Equal("referrals", received.Path);
        Assert.Equal("r-2", received.Data.GetProperty("referralId").GetString());
    }

    [Fact]
    public async Task The_delivered_CloudEvent_has_the_fields_Dapr_sends_and_carries_the_trace_on()
    {
        const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        using var response = await sidecar.PublishAsync(
            "referral-created",
            """{"referralId":"r-3"}""",
            headers: new Dictionary<string, string> { ["traceparent"] = TraceParent, ["tracestate"] = "congo=t61rcWkgMzE" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var received = await app.NextAsync();
        Assert.Equal("application/cloudevents+json", received.ContentType);
        Assert.Equal(TraceParent, received.TraceParentHeader);
        Assert.True(Guid.TryParse(received.Id, out _));
        Assert.Equal("dev-sidecar", received.Attribute("source"));
        Assert.Equal("com.dapr.event.sent", received.Attribute("type"));
        Assert.Equal("1.0", received.Attribute("specversion"));
        Assert.Equal("application/json", received.Attribute("datacontenttype"));
        Assert.Equal("referral-created", received.Topic);
        Assert.Equal("pubsub", received.Attribute("pubsubname"));
        Assert.Equal(TraceParent, received.Attribute("traceparent"));
        Assert.Equal(TraceParent, received.Attribute("traceid"));
        Assert.Equal("congo=t61rcWkgMzE", received.Attribute("tracestate"));
        Assert.True(DateTimeOffset.TryParse(received.Attribute("time"), out _));
        Assert.Equal("r-3", received.Data.GetProperty("referralId").GetString());
    }

    [Fact]
    public async Task Text_is_carried_as_a_string_and_binary_as_base64_with_their_content_types()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        using var text = await sidecar.PublishAsync("referral-created", "hello", contentType: "text/plain");
        using var binary = await sidecar.PublishAsync("referral-created", "bytes", contentType: "application/octet-stream");

        var first = await app.NextAsync();
        Assert.Equal("text/plain", first.Attribute("datacontenttype"));
        Assert.Equal("hello", first.Data.GetString());
        var second = await app.NextAsync();
        Assert.Equal("application/octet-stream", second.Attribute("datacontenttype"));
        Assert.Equal("Ynl0ZXM=", second.Attribute("data_base64"));
    }

    [Fact]
    public async Task A_CloudEvent_formed_by_the_publisher_keeps_its_attributes_and_gains_topic_and_pubsub()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        using var response = await sidecar.PublishAsync(
            "referral-created",
            """{"specversion":"1.0","id":"evt-1","source":"referrals","type":"referral.created","datacontenttype":"application/json","data":{"referralId":"r-4"}}""",
            contentType: "application/cloudevents+json");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var received = await app.NextAsync();
        Assert.Equal("evt-1", received.Id);
        Assert.Equal("referrals", received.Attribute("source"));
        Assert.Equal("referral.created", received.Attribute("type"));
        Assert.Equal("referral-created", received.Topic);
        Assert.Equal("pubsub", received.Attribute("pubsubname"));
        Assert.Equal("r-4", received.Data.GetProperty("referralId").GetString());
    }

    [Fact]
    public async Task Publish_metadata_overrides_the_CloudEvent_id_source_and_type()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync(
            "referral-created",
            "overridden",
            "?metadata.cloudevent.id=outbox-42&metadata.cloudevent.source=referrals&metadata.cloudevent.type=referral.created");

        var received = await app.NextAsync();
        Assert.Equal("outbox-42", received.Id);
        Assert.Equal("referrals", received.Attribute("source"));
        Assert.Equal("referral.created", received.Attribute("type"));
    }

    [Fact]
    public async Task Events_to_one_subscription_arrive_in_the_order_they_were_published()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);
        var names = Enumerable.Range(1, 20).Select(number => $"event-{number}").ToList();

        foreach (var name in names)
        {
            await sidecar.PublishNamedAsync("referral-created", name);
        }

        var arrived = new List<string>();
        foreach (var _ in names)
        {
            arrived.Add((await app.NextAsync()).Name ?? "");
        }

        Assert.Equal(names, arrived);
    }

    [Fact]
    public async Task Publishing_to_a_pubsub_the_sidecar_does_not_have_is_refused_over_HTTP_and_gRPC()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);
        using var client = new DaprClientBuilder().UseGrpcEndpoint(sidecar.Grpc.ToString()).Build();
        var ct = TestContext.Current.CancellationToken;

        using var response = await sidecar.PublishAsync("referral-created", "{}", pubSubName: "kafka");
        var refusal = await Assert.ThrowsAsync<DaprException>(() => client.PublishEventAsync("kafka", "referral-created", new { }, ct));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("ERR_PUBSUB_NOT_FOUND", error.GetProperty("errorCode").GetString());
        Assert.Equal(StatusCode.InvalidArgument, Assert.IsType<RpcException>(refusal.InnerException).StatusCode);
    }

    [Fact]
    public async Task A_malformed_CloudEvent_is_refused_with_a_bad_request()
    {
        await using var app = await FakeApp.StartAsync(ReferralCreated);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        using var response = await sidecar.PublishAsync("referral-created", """{"data":{}}""", contentType: "application/cloudevents+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("ERR_PUBSUB_CLOUD_EVENTS_SER", error.GetProperty("errorCode").GetString());
    }
}
