namespace DevSidecar.Delivery;

/// <summary>
/// How persistently an event is delivered (<c>Delivery:*</c>): the part of a Dapr resiliency policy that applies
/// to a pub/sub component's inbound messages.
/// </summary>
internal sealed class DeliveryOptions
{
    /// <summary>Attempts after the first before the event is dead-lettered or dropped.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an app may take to answer one delivery before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan BackoffBefore(int retry) =>
        TimeSpan.FromTicks((long)Math.Min(InitialBackoff.Ticks * Math.Pow(2, retry - 1), MaxBackoff.Ticks));
}
