using System.Diagnostics;
using System.Text.Json;
using Dapr.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Messaging;

/// <summary>
/// Publishes the outbox of <typeparamref name="TDbContext"/> through the Dapr sidecar. A message is
/// marked sent only after the sidecar accepted it; a crash in between publishes it again, so
/// delivery is at least once and subscribers deduplicate by event id.
/// </summary>
internal sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopeFactory,
    DaprClient dapr,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly MessagingOptions options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempted = await DispatchSafelyAsync(stoppingToken);

            // A full batch suggests more are due: go again at once rather than sleep on a backlog.
            if (attempted < options.Outbox.BatchSize)
            {
                await signal.WaitAsync(options.Outbox.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>
    /// One pass: claims the messages due now and tries to publish each once.
    /// Stopping mid-pass leaves the unpublished ones unsent for the next pass or replica.
    /// </summary>
    /// <returns>How many messages were attempted.</returns>
    public async Task<int> DispatchDueMessagesAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();

        // A retrying execution strategy (EnableRetryOnFailure) allows a transaction only inside it;
        // a retried pass re-claims and may re-publish, which at-least-once delivery allows.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async cancellationToken =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = DueOutboxMessages.ClaimWithRowLocks(db)
                    ? await db.Database.BeginTransactionAsync(cancellationToken)
                    : null;

                var due = await DueOutboxMessages.ClaimAsync(
                    db, timeProvider.GetUtcNow().UtcDateTime, options.Outbox.BatchSize, cancellationToken);

                var attempted = 0;
                foreach (var message in due)
                {
                    if (cancellationToken.IsCancellationRequested || !await TryPublishAsync(message, cancellationToken))
                    {
                        break;
                    }

                    attempted++;
                    // What the sidecar accepted must be recorded even while the host is stopping,
                    // or it would be published again needlessly; the save is short.
                    await db.SaveChangesAsync(CancellationToken.None);
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(CancellationToken.None);
                }

                return attempted;
            },
            stoppingToken);
    }

    private async Task<int> DispatchSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await DispatchDueMessagesAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The database may be briefly unreachable; the loop must outlive that, and the messages wait.
            LogPassFailed(ex);
            return 0;
        }
    }

    /// <returns>False when the attempt was abandoned because the host is stopping: the message is left as it was.</returns>
    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        using var activity = StartPublishActivity(message);
        try
        {
            using var payload = JsonDocument.Parse(message.Payload);
            await dapr.PublishEventAsync(
                options.PubSubName, message.Topic, payload.RootElement, CloudEventMetadata(message, activity), stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            var failedAt = timeProvider.GetUtcNow().UtcDateTime;
            message.RecordFailure(failedAt, options.Outbox, ex);
            metrics.Failed(message);
            activity?.SetStatus(ActivityStatusCode.Error);
            LogPublishFailed(message.EventId, message.Topic, message.AttemptCount, message.NextAttemptAt, message.LastError);
            return true;
        }

        var sentAt = timeProvider.GetUtcNow().UtcDateTime;
        message.MarkSent(sentAt);
        metrics.Published(message, sentAt);
        LogPublished(message.EventId, message.Topic, message.AttemptCount);
        return true;
    }

    private static Activity? StartPublishActivity(OutboxMessage message)
    {
        var activity = MessagingTelemetry.ActivitySource.StartActivity($"send {message.Topic}", ActivityKind.Producer, message.TraceParent);
        activity?.SetTag("messaging.system", "dapr");
        activity?.SetTag("messaging.destination.name", message.Topic);
        activity?.SetTag("messaging.message.id", message.EventId.ToString());
        return activity;
    }

    // Dapr builds the CloudEvent envelope; these metadata keys override its generated attributes so the
    // envelope carries the event's own id and type and continues the trace of the request that wrote it.
    private static Dictionary<string, string> CloudEventMetadata(OutboxMessage message, Activity? activity)
    {
        var metadata = new Dictionary<string, string>
        {
            ["cloudevent.id"] = message.EventId.ToString(),
            ["cloudevent.type"] = message.EventType,
        };
        if ((activity?.Id ?? message.TraceParent) is { } traceParent)
        {
            metadata["cloudevent.traceparent"] = traceParent;
            metadata["cloudevent.traceid"] = traceParent;
        }

        return metadata;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published outbox message {EventId} to {Topic} on attempt {Attempt}")]
    private partial void LogPublished(Guid eventId, string topic, int attempt);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Publishing outbox message {EventId} to {Topic} failed on attempt {Attempt}; next attempt at {NextAttemptAt:O}: {Error}")]
    private partial void LogPublishFailed(Guid eventId, string topic, int attempt, DateTime nextAttemptAt, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch pass failed; unsent messages stay for the next pass")]
    private partial void LogPassFailed(Exception exception);
}
