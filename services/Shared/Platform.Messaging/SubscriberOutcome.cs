namespace Platform.Messaging;

/// <summary>What a subscriber tells Dapr about a delivered event.</summary>
public enum SubscriberOutcome
{
    /// <summary>Handled (or already handled before): Dapr forgets the message.</summary>
    Success,

    /// <summary>Not handled now, nothing kept: Dapr delivers it again under its resiliency policy, then dead-letters it.</summary>
    Retry,

    /// <summary>
    /// Can never be handled, nothing kept: Dapr logs a warning and discards it. It does not go to
    /// the dead-letter topic, so answer this only for a message that is worthless to keep.
    /// </summary>
    Drop,
}
