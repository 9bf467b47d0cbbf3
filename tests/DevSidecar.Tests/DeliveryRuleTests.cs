using DevSidecar.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace DevSidecar.Tests;

/// <summary>
/// Dapr's rules for an app's answer to a delivery (https://docs.dapr.io/reference/api/pubsub_api/, "Expected HTTP
/// Response"), one test each. The sidecar delivers a subscription's events one at a time, so once a later event has
/// arrived, everything the sidecar was going to do with an earlier one is done.
/// </summary>
public sealed class DeliveryRuleTests
{
    private static readonly object[] WithDeadLetterTopic =
    [
        FakeApp.Subscription("referral-created", "referrals", deadLetterTopic: "referral-created-dead"),
        FakeApp.Subscription("referral-created-dead", "dead-letters"),
    ];

    [Fact]
    public async Task A_SUCCESS_status_completes_the_delivery()
    {
        await using var app = await FakeApp.StartAsync(WithDeadLetterTopic, _ => Answer.Success);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync("referral-created", "first");
        await sidecar.PublishNamedAsync("referral-created", "second");
        await app.NextNamedAsync("second");

        Assert.Equal(1, app.DeliveriesOf("first"));
    }

    [Fact]
    public async Task A_2xx_with_an_empty_body_completes_the_delivery()
    {
        await using var app = await FakeApp.StartAsync(WithDeadLetterTopic, _ => Answer.EmptyOk);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync("referral-created", "first");
        await sidecar.PublishNamedAsync("referral-created", "second");
        await app.NextNamedAsync("second");

        Assert.Equal(1, app.DeliveriesOf("first"));
    }

    [Fact]
    public async Task A_RETRY_status_is_retried()
    {
        await using var app = await FakeApp.StartAsync(WithDeadLetterTopic, Answer.OnFirstAttempt(Answer.Status("RETRY")));
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync("referral-created", "first");
        var firstAttempt = await app.NextNamedAsync("first");
        var secondAttempt = await app.NextNamedAsync("first");

        Assert.Equal(firstAttempt.Id, secondAttempt.Id);
    }

    [Fact]
    public async Task An_unknown_status_is_retried_as_Dapr_documents()
    {
        await using var app = await FakeApp.StartAsync(WithDeadLetterTopic, Answer.OnFirstAttempt(Answer.Status("MAYBE")));
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync("referral-created", "first");
        var firstAttempt = await app.NextNamedAsync("first");
        var secondAttempt = await app.NextNamedAsync("first");

        Assert.Equal(firstAttempt.Id, secondAttempt.Id);
    }

    [Fact]
    public async Task A_server_error_is_retried()
    {
        await using var app = await FakeApp.StartAsync(WithDeadLetterTopic, Answer.OnFirstAttempt(Answer.Code(500)));
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync("referral-created", "first");
        var firstAttempt = await app.NextNamedAsync("first");
        var secondAttempt = await app.NextNamedAsync("first");

        Assert.Equal(firstAttempt.Id, secondAttempt.Id);
    }

    [Fact]
    public async Task A_404_is_dropped_with_a_warning_and_neither_retried_nor_dead_lettered()
    {
        await using var app = await FakeApp.StartAsync(
            WithDeadLetterTopic,
            received => received.Name == "first" ? Answer.Code(404) : Answer.Success);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync("referral-created", "first");
        var first = await app.NextNamedAsync("first");
        await sidecar.PublishNamedAsync("referral-created", "second");
        await app.NextNamedAsync("second");

        Assert.Equal(1, app.DeliveriesOf("first"));
        var dropped = await sidecar.Logs.WaitForAsync(entry => entry["EventId"] == first.Id && entry.Message.StartsWith("Dropped", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, dropped.Level);
        Assert.DoesNotContain(app.Received, received => received.Path == "dead-letters");
    }

    [Fact]
    public async Task A_DROP_status_is_dropped_with_a_warning_and_neither_retried_nor_dead_lettered()
    {
        await using var app = await FakeApp.StartAsync(
            WithDeadLetterTopic,
            received => received.Name == "first" ? Answer.Status("DROP") : Answer.Success);
        await using var sidecar = await SidecarUnderTest.StartAsync(app);

        await sidecar.PublishNamedAsync("referral-created", "first");
        var first = await app.NextNamedAsync("first");
        await sidecar.PublishNamedAsync("referral-created", "second");
        await app.NextNamedAsync("second");

        Assert.Equal(1, app.DeliveriesOf("first"));
        var dropped = await sidecar.Logs.WaitForAsync(entry => entry["EventId"] == first.Id && entry.Message.StartsWith("Dropped", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, dropped.Level);
        Assert.DoesNotContain(app.Received, received => received.Path == "dead-letters");
    }

    [Fact]
    public async Task With_its_retries_spent_an_event_goes_to_the_dead_letter_topic_and_its_subscriber()
    {
        await using var app = await FakeApp.StartAsync(
            WithDeadLetterTopic,
            received => received.Path == "dead-letters" ? Answer.Success : Answer.Code(500));
        await using var sidecar = await SidecarUnderTest.StartAsync(app, new Dictionary<string, string?> { ["Delivery:MaxRetries"] = "2" });

        await sidecar.PublishNamedAsync("referral-created", "poison");
        ReceivedEvent deadLetter;
        do
        {
            deadLetter = await app.NextNamedAsync("poison");
        }
        while (deadLetter.Path != "dead-letters");

        var attempts = app.Received.Where(received => received.Path == "referrals").ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Equal(attempts[0].Id, deadLetter.Id);
        Assert.Equal("referral-created-dead", deadLetter.Topic);
    }

    [Fact]
    public async Task With_its_retries_spent_and_no_dead_letter_topic_an_event_is_dropped_with_an_error()
    {
        await using var app = await FakeApp.StartAsync([FakeApp.Subscription("referral-created", "referrals")], _ => Answer.Code(503));
        await using var sidecar = await SidecarUnderTest.StartAsync(app, new Dictionary<string, string?> { ["Delivery:MaxRetries"] = "2" });

        await sidecar.PublishNamedAsync("referral-created", "poison");
        var first = await app.NextNamedAsync("poison");

        var givenUp = await sidecar.Logs.WaitForAsync(entry => entry["EventId"] == first.Id && entry.Level == LogLevel.Error);
        Assert.Equal("3", givenUp["Attempts"]);
        Assert.Equal(3, app.DeliveriesOf("poison"));
    }

    [Fact]
    public async Task An_app_that_refuses_connections_is_retried_until_it_is_back()
    {
        var subscriptions = new[] { FakeApp.Subscription("referral-created", "referrals") };
        var app = await FakeApp.StartAsync(subscriptions);
        var port = app.Port;
        await using var sidecar = await SidecarUnderTest.StartAsync(app, new Dictionary<string, string?>
        {
            ["Delivery:MaxRetries"] = "100000",
            ["Delivery:MaxBackoff"] = "00:00:00.020",
        });
        await sidecar.PublishNamedAsync("referral-created", "while-up");
        await app.NextNamedAsync("while-up");

        await app.DisposeAsync();
        await sidecar.PublishNamedAsync("referral-created", "while-down");
        await sidecar.Logs.WaitForAsync(entry => entry.Message.StartsWith("Retrying", StringComparison.Ordinal)
            && entry["Outcome"]!.Contains("not reachable", StringComparison.Ordinal));
        await using var restarted = await FakeApp.StartAsync(subscriptions, port: port);

        var received = await restarted.NextAsync();
        Assert.Equal("while-down", received.Name);
    }
}
