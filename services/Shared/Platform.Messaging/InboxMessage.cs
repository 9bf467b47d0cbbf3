namespace Platform.Messaging;

/// <summary>
/// An event a subscriber has handled. Written in the same transaction as the handler's change, so
/// a row here means the change is there too, and a redelivery of the same event changes nothing.
/// </summary>
public sealed class InboxMessage
{
    internal const int MaxConsumerLength = 200;

    public Guid EventId { get; private set; }

    /// <summary>Which subscription handled it: one event may matter to several subscriptions of a service.</summary>
    public string Consumer { get; private set; } = "";

    public DateTime ReceivedAt { get; private set; }
}
