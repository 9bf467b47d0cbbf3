using DevSidecar.Delivery;
using DevSidecar.Subscriptions;
using Microsoft.Extensions.Options;

namespace DevSidecar.Publishing;

/// <summary>
/// Accepts published events and puts each in the queue of every subscription to its topic: the broker of a pub/sub
/// component, kept in memory.
/// </summary>
internal sealed partial class TopicPublisher(
    SubscriptionRegistry registry,
    SubscriptionDiscovery discovery,
    DeliveryQueues queues,
    IOptions<PubSubOptions> pubSubs,
    TimeProvider time,
    ILogger<TopicPublisher> logger)
{
    /// <summary>Wraps and routes an event; returns why it was refused, or null once it is accepted.</summary>
    public async Task<PublishRejection?> PublishAsync(PublishedEvent published, CancellationToken cancellationToken)
    {
        if (!pubSubs.Value.Names.Contains(published.PubSubName, StringComparer.Ordinal))
        {
            return PublishRejection.UnknownPubSub(published.PubSubName);
        }

        if (string.IsNullOrEmpty(published.Topic))
        {
            return PublishRejection.EmptyTopic(published.PubSubName);
        }

        var envelope = CloudEventEnvelope.Create(published, time.GetUtcNow(), out var invalidReason);
        if (envelope is null)
        {
            return PublishRejection.InvalidCloudEvent(invalidReason ?? "");
        }

        await RouteAsync(envelope, cancellationToken);
        return null;
    }

    /// <summary>
    /// Queues the event for each subscriber. With none known, the apps are asked again first: the subscriber may
    /// have started since the last round of discovery.
    /// </summary>
    public async Task RouteAsync(CloudEventEnvelope envelope, CancellationToken cancellationToken)
    {
        var subscribers = registry.SubscribersOf(envelope.PubSubName, envelope.Topic);
        if (subscribers.Count == 0)
        {
            await discovery.RefreshAsync(cancellationToken);
            subscribers = registry.SubscribersOf(envelope.PubSubName, envelope.Topic);
        }

        if (subscribers.Count == 0)
        {
            LogNoSubscriber(envelope.PubSubName, envelope.Topic, envelope.Id);
            return;
        }

        foreach (var subscription in subscribers)
        {
            if (subscription.RouteFor(envelope) is { } route)
            {
                queues.Enqueue(new PendingDelivery(subscription, route, envelope));
                LogAccepted(envelope.Topic, envelope.Id, subscription.AppId);
            }
            else
            {
                LogNoMatchingRoute(envelope.Topic, envelope.Id, subscription.AppId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Queued {Topic} event {EventId} for app {AppId}")]
    private partial void LogAccepted(string topic, string eventId, string appId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "No app subscribes to {PubSubName}/{Topic}; event {EventId} goes nowhere")]
    private partial void LogNoSubscriber(string pubSubName, string topic, string eventId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Topic} event {EventId} matches no route of app {AppId} and is not delivered to it")]
    private partial void LogNoMatchingRoute(string topic, string eventId, string appId);
}
