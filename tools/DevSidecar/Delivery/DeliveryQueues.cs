using DevSidecar.Apps;
using Microsoft.Extensions.Options;

namespace DevSidecar.Delivery;

/// <summary>
/// One <see cref="DeliveryWorker"/> per subscription, started by its first event and stopped with the sidecar.
/// A publish returns once its event is in the queues; delivery goes on without it.
/// </summary>
internal sealed class DeliveryQueues(
    AppChannel channel,
    DeadLetterQueue deadLetters,
    IOptions<DeliveryOptions> options,
    ILoggerFactory loggerFactory) : IHostedService, IDisposable
{
    private readonly Dictionary<string, DeliveryWorker> _workers = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _stopping = new();

    public void Enqueue(PendingDelivery delivery)
    {
        lock (_workers)
        {
            var key = delivery.Subscription.Key;
            if (!_workers.TryGetValue(key, out var worker))
            {
                worker = new DeliveryWorker(key, channel, deadLetters, options.Value, loggerFactory.CreateLogger<DeliveryWorker>());
                _workers.Add(key, worker);
                _running.Add(Task.Run(() => worker.RunAsync(_stopping.Token)));
            }

            worker.Enqueue(delivery);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        Task[] running;
        lock (_workers)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();
}
