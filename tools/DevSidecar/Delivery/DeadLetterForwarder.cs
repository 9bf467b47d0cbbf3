using DevSidecar.Publishing;

namespace DevSidecar.Delivery;

/// <summary>Publishes each dead letter to its dead-letter topic, where whoever subscribes to it receives it.</summary>
internal sealed class DeadLetterForwarder(DeadLetterQueue deadLetters, TopicPublisher publisher) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var deadLetter in deadLetters.ReadAllAsync(stoppingToken))
        {
            await publisher.RouteAsync(deadLetter, stoppingToken);
        }
    }
}
