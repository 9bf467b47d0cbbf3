namespace Platform.Messaging;

/// <summary>The <c>Messaging:Outbox</c> configuration section: how the dispatcher polls and retries.</summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// How long the dispatcher sleeps when there is nothing due. A save that adds outbox messages
    /// outside an explicit transaction wakes it early; everything else is picked up by this poll.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due messages one pass claims; on PostgreSQL they stay locked until the pass ends.</summary>
    public int BatchSize { get; set; } = 50;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Doubles from <see cref="FirstRetryDelay"/> with each failed attempt, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelayAfter(int failedAttempts)
    {
        // Past 2^20 the doubling is above any sensible cap; stopping there keeps the arithmetic from overflowing.
        var exponent = Math.Clamp(failedAttempts - 1, 0, 20);
        var delay = FirstRetryDelay * Math.Pow(2, exponent);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    internal bool IsValid() =>
        PollInterval > TimeSpan.Zero && BatchSize > 0 && FirstRetryDelay > TimeSpan.Zero && MaxRetryDelay >= FirstRetryDelay;
}
