using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Launcher;
using Platform.Testing;

namespace EndToEnd.Tests;

/// <summary>A platform of its own for the shutdown test, which stops and restarts Referrals.</summary>
public sealed class PostgresShutdownPlatformFixture() : PlatformFixture(DatabaseEngine.Postgres);

/// <summary>
/// Referrals is sent SIGTERM, as Kubernetes stops a pod, while residents keep submitting referrals straight
/// to it, six at a time. What the test holds the service to:
/// <list type="bullet">
/// <item>No request fails: each one either gets 201 Created, or is turned away before the service did
/// anything with it. Turned away means its connection was refused (nothing listens any more), or its
/// connection was closed before any answer and the service holds no trace of it: no referral carries the
/// request's idempotency key. (That second case is HTTP/1.1's keep-alive race: the client sends on an idle
/// connection at the moment the stopping server closes it. On Kubernetes the pod's pre-stop delay keeps
/// new requests away by then.) An error status, a timeout, or a closed connection after which the referral
/// exists anyway is a failure.</item>
/// <item>Requests that were in flight when the signal was sent are finished and answered.</item>
/// <item>No event is lost: for every referral that got a 201, once Referrals is back, its outbox has marked
/// the referral-submitted event sent and Offers has handled it (its inbox holds the event id).</item>
/// </list>
/// On PostgreSQL, as on Kubernetes. Bounded: at most <see cref="MaxRequests"/> requests within <see cref="LoadLimit"/>.
/// </summary>
public sealed class GracefulShutdownTests(PostgresShutdownPlatformFixture platform) : IClassFixture<PostgresShutdownPlatformFixture>
{
    // Tower Hamlets Talking Therapies: takes self-referrals and has no current offer, so places never run out.
    private const string ServiceId = "2ac47d7c-7c9e-4c05-8518-41c91aff88b1";
    private const int Submitters = 6;
    private const int AcceptedBeforeStop = 30;
    private const int MaxRequests = 600;
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Referrals_stopped_by_SIGTERM_under_load_fails_no_request_and_loses_no_event()
    {
        var local = platform.Platform;
        using var resident = await platform.SignInAsync("resident");
        using var referrals = new HttpClient { BaseAddress = new Uri(local.Component(PlatformTopology.Referrals).HttpUrl), Timeout = TimeSpan.FromSeconds(30) };
        referrals.DefaultRequestHeaders.Authorization = resident.DefaultRequestHeaders.Authorization;
        var outcomes = new ConcurrentQueue<Outcome>();
        using var stopLoad = new CancellationTokenSource(LoadLimit);
        var clock = Stopwatch.StartNew();

        var load = Enumerable.Range(0, Submitters).Select(_ => SubmitUntilStoppedAsync(referrals, outcomes, clock, stopLoad.Token)).ToList();
        await Eventually.ReturnsAsync(
            () => Task.FromResult(outcomes.Count(o => o.Kind == OutcomeKind.Accepted)),
            accepted => accepted >= AcceptedBeforeStop || load.Any(t => t.IsCompleted),
            $"{AcceptedBeforeStop} referrals to be accepted under load");
        var sigtermAt = clock.Elapsed;
        await local.StopAsync(PlatformTopology.Referrals);
        var stoppedAt = clock.Elapsed;
        await Eventually.ReturnsAsync(
            () => Task.FromResult(outcomes.Count(o => o.Sent > stoppedAt)),
            afterStop => afterStop >= Submitters || load.Any(t => t.IsCompleted),
            "the submitters to meet the stopped service");
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);
        await local.StartAsync(PlatformTopology.Referrals, TestContext.Current.CancellationToken);

        var all = outcomes.ToList();
        var inFlight = all.Where(o => o.Sent < sigtermAt && o.Answered > sigtermAt).ToList();
        var closedBeforeAnswer = all.Where(o => o.Kind == OutcomeKind.ClosedBeforeAnswer).ToList();
        var failures = all.Where(o => o.Kind == OutcomeKind.Failed).Select(o => o.Detail).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{all.Count} requests: {all.Count(o => o.Kind == OutcomeKind.Accepted)} accepted ({inFlight.Count} in flight when SIGTERM was sent), "
            + $"{all.Count(o => o.Kind == OutcomeKind.Refused)} refused, {closedBeforeAnswer.Count} closed before an answer, {failures.Count} failed.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Empty(await ReferralsWithKeysAsync(closedBeforeAnswer.Select(o => o.IdempotencyKey)));
        Assert.NotEmpty(inFlight);
        Assert.All(inFlight, o => Assert.Equal(OutcomeKind.Accepted, o.Kind));
        Assert.Contains(all, o => o.Kind == OutcomeKind.Refused && o.Sent > stoppedAt);
        Assert.InRange(all.Count, AcceptedBeforeStop, MaxRequests + Submitters);

        var accepted = all.Where(o => o.Kind == OutcomeKind.Accepted).Select(o => o.ReferralId!.Value).ToList();
        var events = await Eventually.ReturnsAsync(
            () => SubmittedEventsAsync(accepted),
            found => found.Count == accepted.Count && found.Values.All(e => e.Sent),
            $"the outbox to hold and send the referral-submitted event of each of the {accepted.Count} accepted referrals");
        await Eventually.ReturnsAsync(
            () => HandledByOffersAsync(events.Values.Select(e => e.EventId)),
            handled => handled == accepted.Count,
            $"Offers to handle all {accepted.Count} referral-submitted events");
    }

    /// <summary>One submitter: submits referrals back to back until told to stop, or until the run has sent enough.</summary>
    private static async Task SubmitUntilStoppedAsync(HttpClient referrals, ConcurrentQueue<Outcome> outcomes, Stopwatch clock, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && outcomes.Count < MaxRequests)
        {
            var key = Guid.NewGuid().ToString();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
            {
                Content = JsonContent.Create(new { serviceId = ServiceId, goals = new[] { "Talk to someone" } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            var sent = clock.Elapsed;
            try
            {
                using var response = await referrals.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                outcomes.Enqueue(response.StatusCode == HttpStatusCode.Created
                    ? new Outcome(key, sent, clock.Elapsed, OutcomeKind.Accepted, Guid.Parse((string)JsonNode.Parse(body)!["id"]!))
                    : new Outcome(key, sent, clock.Elapsed, OutcomeKind.Failed, Detail: $"{(int)response.StatusCode}: {body}"));
            }
            catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                outcomes.Enqueue(new Outcome(key, sent, clock.Elapsed, OutcomeKind.Refused));

                // Nothing listens now: wait a little rather than spin on refusals.
                await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
            }
            catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ResponseEnded
                || ex.InnerException is IOException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionReset } })
            {
                outcomes.Enqueue(new Outcome(key, sent, clock.Elapsed, OutcomeKind.ClosedBeforeAnswer, Detail: ex.Message));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                outcomes.Enqueue(new Outcome(key, sent, clock.Elapsed, OutcomeKind.Failed, Detail: ex.ToString()));
            }
        }
    }

    /// <summary>The referrals that requests with these idempotency keys created, if any.</summary>
    private async Task<IReadOnlyList<string>> ReferralsWithKeysAsync(IEnumerable<string> keys)
    {
        var wanted = keys.ToHashSet();
        var rows = await platform.Platform.QueryAsync(
            PlatformTopology.Referrals,
            """SELECT "IdempotencyKey" FROM "Referrals" WHERE "IdempotencyKey" IS NOT NULL""");
        return [.. rows.Select(row => (string)row[0]!).Where(wanted.Contains)];
    }

    private async Task<Dictionary<Guid, (Guid EventId, bool Sent)>> SubmittedEventsAsync(IReadOnlyCollection<Guid> referralIds)
    {
        var rows = await platform.Platform.QueryAsync(
            PlatformTopology.Referrals,
            """SELECT "EventId", "Payload", "SentAt" FROM "OutboxMessages" WHERE "Topic" = 'referral-submitted'""");
        var wanted = referralIds.ToHashSet();
        return rows
            .Select(row => (EventId: (Guid)row[0]!, ReferralId: Guid.Parse((string)JsonNode.Parse((string)row[1]!)!["referralId"]!), Sent: row[2] is not null))
            .Where(row => wanted.Contains(row.ReferralId))
            .ToDictionary(row => row.ReferralId, row => (row.EventId, row.Sent));
    }

    private async Task<int> HandledByOffersAsync(IEnumerable<Guid> eventIds)
    {
        var rows = await platform.Platform.QueryAsync(
            PlatformTopology.Offers,
            """SELECT "EventId" FROM "InboxMessages" WHERE "Consumer" = 'referral-submitted'""");
        return rows.Select(row => (Guid)row[0]!).Intersect(eventIds).Count();
    }

    private enum OutcomeKind
    {
        /// <summary>201 Created.</summary>
        Accepted,

        /// <summary>The connection was refused: nothing was listening, so the service never saw the request.</summary>
        Refused,

        /// <summary>The connection closed before any answer: turned away only if no referral carries the request's key.</summary>
        ClosedBeforeAnswer,

        Failed,
    }

    /// <param name="IdempotencyKey">The request's Idempotency-Key: how the service's database tells whether it handled it.</param>
    /// <param name="Sent">When the request was sent, from the start of the run.</param>
    /// <param name="Answered">When its outcome was known.</param>
    private sealed record Outcome(string IdempotencyKey, TimeSpan Sent, TimeSpan Answered, OutcomeKind Kind, Guid? ReferralId = null, string? Detail = null);
}
