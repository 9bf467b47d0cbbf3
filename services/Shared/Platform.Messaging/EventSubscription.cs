using Platform.Contracts.Events;

namespace Platform.Messaging;

/// <summary>
/// Everything a subscription's names are derived from: the topic. One place, so the route Dapr is
/// told about, the endpoint name, the dead-letter topic and the inbox's consumer name never disagree.
/// </summary>
public sealed record EventSubscription(string Topic)
{
    /// <summary>The app route Dapr delivers to, without a leading slash as <c>/dapr/subscribe</c> lists it.</summary>
    public string Route => "events/" + Topic;

    public string EndpointName => "event-subscription-" + Topic;

    public string DeadLetterTopic => Topics.DeadLetterOf(Topic);

    /// <summary>
    /// The inbox key's second half. A service subscribes to a topic once (Dapr keeps one route per
    /// pubsub and topic), so the topic names the consumer uniquely within the service's database.
    /// </summary>
    public string Consumer => Topic;
}
