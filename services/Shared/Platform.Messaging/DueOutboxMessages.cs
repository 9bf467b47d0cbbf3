using Microsoft.EntityFrameworkCore;

namespace Platform.Messaging;

/// <summary>Finds the outbox messages that are unsent and due, oldest first.</summary>
internal static class DueOutboxMessages
{
    /// <summary>
    /// PostgreSQL may have several replicas dispatching at once: each claims its batch with
    /// <c>FOR UPDATE SKIP LOCKED</c> inside a transaction, so the batches are disjoint and a claim
    /// lasts exactly as long as the transaction. SQLite runs in one process, where a plain query is enough.
    /// </summary>
    public static bool ClaimWithRowLocks(DbContext db) => db.Database.IsNpgsql();

    public static Task<List<OutboxMessage>> ClaimAsync(DbContext db, DateTime now, int batchSize, CancellationToken cancellationToken)
    {
        if (ClaimWithRowLocks(db))
        {
            return db.Set<OutboxMessage>()
                .FromSqlRaw(LockingQuery(db), now, batchSize)
                .ToListAsync(cancellationToken);
        }

        return db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .ThenBy(m => m.EventId)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
    }

    private static string LockingQuery(DbContext db)
    {
        var outbox = MappedTable.Of<OutboxMessage>(db);
        var sentAt = outbox.Column(nameof(OutboxMessage.SentAt));
        var nextAttemptAt = outbox.Column(nameof(OutboxMessage.NextAttemptAt));
        var createdAt = outbox.Column(nameof(OutboxMessage.CreatedAt));
        var eventId = outbox.Column(nameof(OutboxMessage.EventId));
        return $"SELECT * FROM {outbox.Name} WHERE {sentAt} IS NULL AND {nextAttemptAt} <= {{0}} " +
               $"ORDER BY {createdAt}, {eventId} LIMIT {{1}} FOR UPDATE SKIP LOCKED";
    }
}
