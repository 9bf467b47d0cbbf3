namespace Platform.Messaging.Tests.Support;

/// <summary>A subscriber's handler whose answer a test chooses. It always books first, so a kept booking shows a kept change.</summary>
public sealed class ScriptedHandler
{
    private int calls;
    private int throwNext;

    public SubscriberOutcome Outcome { get; set; } = SubscriberOutcome.Success;

    /// <summary>Makes concurrent deliveries overlap inside the handler.</summary>
    public TimeSpan Delay { get; set; }

    public int Calls => Volatile.Read(ref calls);

    public void ThrowOnNextCall() => Volatile.Write(ref throwNext, 1);

    public async Task<SubscriberOutcome> HandleAsync(
        SlotBooked booked, TestDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        db.Bookings.Add(new Booking { SlotId = booked.SlotId });
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Interlocked.Exchange(ref throwNext, 0) == 1)
        {
            throw new InvalidOperationException("The handler failed.");
        }

        return Outcome;
    }
}
