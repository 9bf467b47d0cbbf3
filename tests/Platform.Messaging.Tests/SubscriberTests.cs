using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Platform.Messaging.Tests.Support;

namespace Platform.Messaging.Tests;

/// <summary>The idempotent subscriber, behind a real web host, run once per database provider by the derived classes.</summary>
public abstract class SubscriberTests(bool postgres) : IAsyncLifetime
{
    private readonly ScriptedHandler handler = new();
    private TestDatabase database = null!;
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(postgres, "subscriber");
        (app, client) = await TestHosts.StartSubscriberAsync(database, handler.HandleAsync);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_subscription_is_listed_for_dapr_with_its_route_and_dead_letter_topic()
    {
        var response = await client.GetStringAsync("/dapr/subscribe", TestContext.Current.CancellationToken);

        Assert.Equal(
            """[{"topic":"slot-booked","pubsubName":"test-pubsub","route":"events/slot-booked","deadLetterTopic":"slot-booked-dead-letter"}]""",
            response);
    }

    [Fact]
    public async Task A_delivered_cloud_event_reaches_the_handler_and_its_change_is_saved()
    {
        var booked = new SlotBooked(Guid.NewGuid(), "ref-1");

        var status = await DeliverAsync(DataOf(booked));

        Assert.Equal("SUCCESS", status);
        await using var db = database.CreateContext();
        Assert.Equal(booked.SlotId, (await db.Bookings.SingleAsync(TestContext.Current.CancellationToken)).SlotId);
        // Queried by key: the inbox row is inserted with raw SQL and must store the id as EF Core does.
        Assert.True(await db.Inbox.AnyAsync(
            m => m.EventId == booked.EventId && m.Consumer == SlotBooked.Topic, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_redelivered_event_changes_data_once_and_both_deliveries_answer_success()
    {
        var data = DataOf(new SlotBooked(Guid.NewGuid(), "ref-1"));

        var first = await DeliverAsync(data);
        var second = await DeliverAsync(data);

        Assert.Equal(("SUCCESS", "SUCCESS"), (first, second));
        Assert.Equal(1, handler.Calls);
        Assert.Equal(1, await BookingCountAsync());
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_event_change_data_once()
    {
        var data = DataOf(new SlotBooked(Guid.NewGuid(), "ref-1"));
        handler.Delay = TimeSpan.FromMilliseconds(300);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DeliverAsync(data)));

        Assert.All(statuses, status => Assert.Equal("SUCCESS", status));
        Assert.Equal(1, handler.Calls);
        Assert.Equal(1, await BookingCountAsync());
    }

    [Theory]
    [InlineData(SubscriberOutcome.Retry, "RETRY")]
    [InlineData(SubscriberOutcome.Drop, "DROP")]
    public async Task A_handler_that_does_not_succeed_is_answered_as_it_asked_and_keeps_nothing(SubscriberOutcome outcome, string expected)
    {
        handler.Outcome = outcome;

        var status = await DeliverAsync(DataOf(new SlotBooked(Guid.NewGuid(), "ref-1")));

        Assert.Equal(expected, status);
        Assert.Equal(0, await BookingCountAsync());
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task A_handler_exception_answers_retry_and_keeps_nothing_so_the_redelivery_is_handled()
    {
        var data = DataOf(new SlotBooked(Guid.NewGuid(), "ref-1"));
        handler.ThrowOnNextCall();

        var first = await DeliverAsync(data);
        var bookingsAfterFailure = await BookingCountAsync();
        var inboxAfterFailure = await InboxCountAsync();
        var second = await DeliverAsync(data);

        Assert.Equal(("RETRY", 0, 0), (first, bookingsAfterFailure, inboxAfterFailure));
        Assert.Equal("SUCCESS", second);
        Assert.Equal(2, handler.Calls);
        Assert.Equal(1, await BookingCountAsync());
    }

    [Theory]
    [InlineData("\"just text\"")]
    [InlineData("[]")]
    [InlineData("""{"slotId":"8d1f6f4e-8a4f-4c1e-9d53-7c1a3a2b9e10","reference":"no event id"}""")]
    [InlineData("""{"eventId":"not-a-guid","slotId":"8d1f6f4e-8a4f-4c1e-9d53-7c1a3a2b9e10"}""")]
    [InlineData("""{"eventId":"6f9619ff-8b86-d011-b42d-00c04fc964ff","slotId":42}""")]
    public async Task Event_data_that_is_not_the_event_is_dropped_without_running_the_handler(string data)
    {
        var status = await DeliverAsync(JsonNode.Parse(data)!);

        Assert.Equal("DROP", status);
        Assert.Equal(0, handler.Calls);
        Assert.Equal(0, await InboxCountAsync());
    }

    private static JsonNode DataOf(SlotBooked booked) => JsonSerializer.SerializeToNode(booked, JsonSerializerOptions.Web)!;

    /// <summary>Posts the event as the Dapr sidecar delivers it: a structured CloudEvent with the event as its data.</summary>
    private async Task<string> DeliverAsync(JsonNode data)
    {
        var envelope = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = "appointments",
            ["type"] = "com.dapr.event.sent",
            ["topic"] = SlotBooked.Topic,
            ["pubsubname"] = TestHosts.PubSubName,
            ["datacontenttype"] = "application/json",
            ["traceparent"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            ["data"] = data.DeepClone(),
        };
        using var content = new StringContent(envelope.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");

        using var response = await client.PostAsync("/events/slot-booked", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return (string)body["status"]!;
    }

    private async Task<int> BookingCountAsync()
    {
        await using var db = database.CreateContext();
        return await db.Bookings.CountAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> InboxCountAsync()
    {
        await using var db = database.CreateContext();
        return await db.Inbox.CountAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SubscriberOnSqliteTests() : SubscriberTests(postgres: false);

public sealed class SubscriberOnPostgresTests() : SubscriberTests(postgres: true);
