namespace Platform.Messaging;

/// <summary>Lets a request that just saved outbox messages wake the dispatcher before its next poll.</summary>
internal sealed class OutboxSignal : IDisposable
{
    // At most one pending wake-up: ten saves during one dispatch pass need one more pass, not ten.
    private readonly SemaphoreSlim pending = new(0, 1);
    private readonly Lock gate = new();

    public void Notify()
    {
        lock (gate)
        {
            if (pending.CurrentCount == 0)
            {
                pending.Release();
            }
        }
    }

    /// <returns>True when woken, false when the timeout passed first.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        pending.WaitAsync(timeout, cancellationToken);

    public void Dispose() => pending.Dispose();
}
