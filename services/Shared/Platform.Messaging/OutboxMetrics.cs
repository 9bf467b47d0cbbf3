using System.Diagnostics.Metrics;

namespace Platform.Messaging;

/// <summary>The outbox's counters, under the meter <see cref="MessagingTelemetry.Name"/>.</summary>
internal sealed class OutboxMetrics
{
    private readonly Counter<long> published;
    private readonly Counter<long> failed;
    private readonly Histogram<double> lag;

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MessagingTelemetry.Name);
        published = meter.CreateCounter<long>(
            "platform.messaging.outbox.published", "{message}", "Outbox messages the sidecar accepted.");
        failed = meter.CreateCounter<long>(
            "platform.messaging.outbox.publish_failures", "{attempt}", "Publish attempts that failed and will be retried.");
        lag = meter.CreateHistogram<double>(
            "platform.messaging.outbox.lag", "s", "Time from saving an outbox message to the sidecar accepting it.");
    }

    public void Published(OutboxMessage message, DateTime now)
    {
        var topic = new KeyValuePair<string, object?>("messaging.destination.name", message.Topic);
        published.Add(1, topic);
        lag.Record((now - message.CreatedAt).TotalSeconds, topic);
    }

    public void Failed(OutboxMessage message) =>
        failed.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", message.Topic));
}
