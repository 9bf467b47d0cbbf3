using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;

namespace Platform.Messaging;

/// <summary>The outbox of one request scope: it writes into the DbContext that scope's handlers use.</summary>
internal sealed class EventOutbox<TDbContext>(TDbContext db, OutboxSignal signal, TimeProvider timeProvider) : IEventOutbox
    where TDbContext : DbContext
{
    private bool wakesDispatcher;

    public void Add(string topic, IntegrationEvent integrationEvent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(integrationEvent);

        db.Set<OutboxMessage>().Add(
            OutboxMessage.For(topic, integrationEvent, timeProvider.GetUtcNow().UtcDateTime, Activity.Current));

        if (!wakesDispatcher)
        {
            db.SavedChanges += WakeDispatcherIfCommitted;
            wakesDispatcher = true;
        }
    }

    // Inside an explicit transaction the rows are not visible to the dispatcher until the commit,
    // which EF does not announce; the dispatcher's poll picks those up instead.
    private void WakeDispatcherIfCommitted(object? sender, SavedChangesEventArgs e)
    {
        if (db.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }
}
