using System.Threading.Channels;
using DevSidecar.Publishing;

namespace DevSidecar.Delivery;

/// <summary>
/// Events whose retries are spent, on their way to their dead-letter topic. A queue between the delivery workers
/// and the publisher, because a dead letter is published like any event and so is delivered by workers in turn.
/// </summary>
internal sealed class DeadLetterQueue
{
    private readonly Channel<CloudEventEnvelope> _events = Channel.CreateUnbounded<CloudEventEnvelope>();

    public void Add(CloudEventEnvelope deadLetter) => _events.Writer.TryWrite(deadLetter);

    public IAsyncEnumerable<CloudEventEnvelope> ReadAllAsync(CancellationToken cancellationToken) =>
        _events.Reader.ReadAllAsync(cancellationToken);
}
