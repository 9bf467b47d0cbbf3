using System.Threading.Channels;
using DevSidecar.Apps;

namespace DevSidecar.Delivery;

/// <summary>
/// Delivers one subscription's events one at a time, in the order they were published, each until the app
/// takes it, drops it, or its retries are spent. Its queue is in memory only.
/// </summary>
internal sealed partial class DeliveryWorker(
    string subscriptionKey,
    AppChannel channel,
    DeadLetterQueue deadLetters,
    DeliveryOptions options,
    ILogger<DeliveryWorker> logger)
{
    private readonly Channel<PendingDelivery> _queue = Channel.CreateUnbounded<PendingDelivery>();

    public void Enqueue(PendingDelivery delivery) => _queue.Writer.TryWrite(delivery);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var delivering = false;
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                delivering = true;
                await DeliverAsync(delivery, stoppingToken);
                delivering = false;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            var lost = _queue.Reader.Count + (delivering ? 1 : 0);
            if (lost > 0)
            {
                LogUndeliveredAtStop(subscriptionKey, lost);
            }
        }
    }

    private async Task DeliverAsync(PendingDelivery delivery, CancellationToken stoppingToken)
    {
        var (subscription, envelope) = (delivery.Subscription, delivery.Envelope);
        for (var retry = 0; ; retry++)
        {
            var outcome = await channel.DeliverAsync(delivery.CallbackUri, envelope, stoppingToken);
            switch (outcome.Result)
            {
                case DeliveryResult.Success:
                    LogDelivered(envelope.Topic, subscription.AppId, envelope.Id, delivery.Route, retry + 1);
                    return;
                case DeliveryResult.Drop:
                    LogDropped(envelope.Topic, subscription.AppId, envelope.Id, outcome.Reason);
                    return;
                case DeliveryResult.Retry when retry < options.MaxRetries:
                    var backoff = options.BackoffBefore(retry + 1);
                    LogRetrying(envelope.Topic, subscription.AppId, envelope.Id, outcome.Reason, backoff, retry + 1, options.MaxRetries);
                    await Task.Delay(backoff, stoppingToken);
                    break;
                default:
                    GiveUp(delivery, outcome.Reason, retry + 1);
                    return;
            }
        }
    }

    private void GiveUp(PendingDelivery delivery, string reason, int attempts)
    {
        var (subscription, envelope) = (delivery.Subscription, delivery.Envelope);
        if (subscription.DeadLetterTopic is { } deadLetterTopic)
        {
            LogDeadLettered(envelope.Topic, subscription.AppId, envelope.Id, attempts, reason, deadLetterTopic);
            deadLetters.Add(envelope.RedirectedTo(deadLetterTopic));
        }
        else
        {
            LogGivenUp(envelope.Topic, subscription.AppId, envelope.Id, attempts, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Delivered {Topic} event {EventId} to app {AppId} at {Route} (attempt {Attempt})")]
    private partial void LogDelivered(string topic, string appId, string eventId, string route, int attempt);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Dropped {Topic} event {EventId} for app {AppId}: the app answered {Outcome}")]
    private partial void LogDropped(string topic, string appId, string eventId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Retrying {Topic} event {EventId} for app {AppId} in {Backoff} ({Outcome}; retry {Retry} of {MaxRetries})")]
    private partial void LogRetrying(string topic, string appId, string eventId, string outcome, TimeSpan backoff, int retry, int maxRetries);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Dead-lettered {Topic} event {EventId} for app {AppId} to {DeadLetterTopic} after {Attempts} attempts (last: {Outcome})")]
    private partial void LogDeadLettered(string topic, string appId, string eventId, int attempts, string outcome, string deadLetterTopic);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Dropped {Topic} event {EventId} for app {AppId} after {Attempts} attempts (last: {Outcome}); the subscription has no dead-letter topic")]
    private partial void LogGivenUp(string topic, string appId, string eventId, int attempts, string outcome);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Stopped with {Count} undelivered event(s) for {Subscription}; they are lost, as the sidecar keeps nothing across a restart")]
    private partial void LogUndeliveredAtStop(string subscription, int count);
}
