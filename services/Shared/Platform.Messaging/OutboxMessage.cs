using System.Diagnostics;
using System.Text.Json;
using Platform.Contracts.Events;

namespace Platform.Messaging;

/// <summary>
/// An integration event waiting to be published, saved in the same transaction as the change it
/// reports. Times are UTC; they are <see cref="DateTime"/> rather than <see cref="DateTimeOffset"/>
/// because SQLite can compare and order only the former in a query.
/// </summary>
public sealed class OutboxMessage
{
    internal const int MaxTopicLength = 200;
    internal const int MaxEventTypeLength = 200;
    internal const int MaxErrorLength = 500;
    internal const int MaxTraceParentLength = 55;

    private OutboxMessage(
        Guid eventId, string topic, string eventType, string payload, DateTime occurredAt, DateTime createdAt, string? traceParent)
    {
        EventId = eventId;
        Topic = topic;
        EventType = eventType;
        Payload = payload;
        OccurredAt = occurredAt;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        TraceParent = traceParent;
    }

    public Guid EventId { get; private set; }

    public string Topic { get; private set; }

    /// <summary>The event's type name without namespace or assembly: it travels as the CloudEvent <c>type</c>.</summary>
    public string EventType { get; private set; }

    /// <summary>The event as JSON, published as it is: the dispatcher never needs the CLR type.</summary>
    public string Payload { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Null until the sidecar has accepted the event.</summary>
    public DateTime? SentAt { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    /// <summary>Why the last attempt failed: the exception type and message only, never the payload.</summary>
    public string? LastError { get; private set; }

    /// <summary>The W3C <c>traceparent</c> of the request that wrote the event, so one trace spans the hop.</summary>
    public string? TraceParent { get; private set; }

    internal static OutboxMessage For(string topic, IntegrationEvent integrationEvent, DateTime createdAt, Activity? activity)
    {
        if (topic.Length > MaxTopicLength)
        {
            throw new ArgumentException($"A topic name is at most {MaxTopicLength} characters.", nameof(topic));
        }

        // The runtime type, not IntegrationEvent: the payload must carry the derived event's own fields.
        var eventType = integrationEvent.GetType();
        return new OutboxMessage(
            integrationEvent.EventId,
            topic,
            eventType.Name,
            JsonSerializer.Serialize(integrationEvent, eventType, MessagingJson.Options),
            integrationEvent.OccurredAt.UtcDateTime,
            createdAt,
            activity is { IdFormat: ActivityIdFormat.W3C } ? activity.Id : null);
    }

    internal void MarkSent(DateTime sentAt)
    {
        AttemptCount++;
        SentAt = sentAt;
        LastError = null;
    }

    internal void RecordFailure(DateTime failedAt, OutboxOptions options, Exception exception)
    {
        AttemptCount++;
        NextAttemptAt = failedAt + options.RetryDelayAfter(AttemptCount);
        var cause = exception.GetBaseException();
        var error = $"{cause.GetType().Name}: {cause.Message}";
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
    }
}
