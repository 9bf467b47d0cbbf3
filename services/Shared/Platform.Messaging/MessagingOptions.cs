namespace Platform.Messaging;

/// <summary>The <c>Messaging</c> configuration section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>The Dapr pub/sub component that events are published to and subscribed from.</summary>
    public string PubSubName { get; set; } = "pubsub";

    public OutboxOptions Outbox { get; set; } = new();
}
