using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Testing;

namespace DevSidecar.Tests.Fakes;

/// <summary>
/// A subscriber app on loopback: it declares its subscriptions on <c>/dapr/subscribe</c>, records every event the
/// sidecar posts to it, and answers each as the test says.
/// </summary>
internal sealed class FakeApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedEvent> _arrivals = Channel.CreateUnbounded<ReceivedEvent>();
    private readonly ConcurrentQueue<ReceivedEvent> _received = new();

    private FakeApp(WebApplication app) => _app = app;

    public Uri Url => new(_app.Urls.Single());

    public int Port => Url.Port;

    public IReadOnlyList<ReceivedEvent> Received => [.. _received];

    /// <param name="subscriptions">What the app answers on /dapr/subscribe, in Dapr's JSON form.</param>
    /// <param name="answer">How the app answers an event; SUCCESS when not given.</param>
    /// <param name="port">The port to listen on; any free one when 0.</param>
    public static async Task<FakeApp> StartAsync(object[] subscriptions, Func<ReceivedEvent, IResult>? answer = null, int port = 0)
    {
        var app = LoopbackApp.CreateBuilder(port).Build();
        var fake = new FakeApp(app);
        answer ??= _ => Answer.Success;

        app.MapGet("/dapr/subscribe", () => Results.Json(subscriptions));
        app.MapPost("/{**path}", async (string path, HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var received = new ReceivedEvent(
                path,
                request.ContentType,
                request.Headers.TryGetValue("traceparent", out var traceParent) ? traceParent.ToString() : null,
                body.RootElement.Clone());
            fake._received.Enqueue(received);
            fake._arrivals.Writer.TryWrite(received);
            return answer(received);
        });

        await app.StartAsync(TestContext.Current.CancellationToken);
        return fake;
    }

    /// <summary>One entry of a /dapr/subscribe answer in the older form, with a single route.</summary>
    public static object Subscription(string topic, string route, string? deadLetterTopic = null) =>
        new { pubsubname = "pubsub", topic, route, deadLetterTopic };

    /// <summary>Waits for the next event the sidecar delivers, whatever its answer.</summary>
    public async Task<ReceivedEvent> NextAsync() =>
        await _arrivals.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience.Timeout, TestContext.Current.CancellationToken);

    /// <summary>Waits for the next delivery of an event with this name, skipping others.</summary>
    public async Task<ReceivedEvent> NextNamedAsync(string name)
    {
        while (true)
        {
            var received = await NextAsync();
            if (received.Name == name)
            {
                return received;
            }
        }
    }

    public int DeliveriesOf(string name) => Received.Count(received => received.Name == name);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

/// <summary>The answers an app gives Dapr.</summary>
internal static class Answer
{
    public static IResult Success => Status("SUCCESS");

    public static IResult EmptyOk => Results.Ok();

    public static IResult Status(string status) => Results.Json(new { status });

    public static IResult Code(int statusCode) => Results.StatusCode(statusCode);

    /// <summary>Answers <paramref name="first"/> to the first delivery of each event, SUCCESS to later ones.</summary>
    public static Func<ReceivedEvent, IResult> OnFirstAttempt(IResult first)
    {
        var seen = new ConcurrentDictionary<string, bool>();
        return received => seen.TryAdd(received.Id, true) ? first : Success;
    }
}
