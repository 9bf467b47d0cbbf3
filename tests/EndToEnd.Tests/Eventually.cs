namespace EndToEnd.Tests;

/// <summary>Waits for something the platform does asynchronously (an event delivered, a count changed).</summary>
internal static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var last = await probe();
        while (!done(last))
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}; last seen: {last}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
            last = await probe();
        }

        return last;
    }
}
