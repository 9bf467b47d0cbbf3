using Microsoft.EntityFrameworkCore;

namespace Platform.Messaging;

/// <summary>Records in the inbox that a consumer is handling an event.</summary>
internal static class InboxRecord
{
    /// <summary>
    /// Inserts the inbox row, or nothing when the unique key already holds it. Both SQLite and
    /// PostgreSQL read <c>ON CONFLICT DO NOTHING</c>; on PostgreSQL a concurrent delivery of the same
    /// event waits here on the key until the first transaction ends, then inserts (the first rolled
    /// back) or does nothing (the first committed). So the uniqueness check never surfaces as an error.
    /// </summary>
    /// <returns>False when the event was already recorded: a redelivery.</returns>
    public static async Task<bool> TryInsertAsync(
        DbContext db, Guid eventId, string consumer, DateTime receivedAt, CancellationToken cancellationToken)
    {
        var inserted = await db.Database.ExecuteSqlRawAsync(
            InsertStatement(db), [eventId, consumer, receivedAt], cancellationToken);
        return inserted == 1;
    }

    private static string InsertStatement(DbContext db)
    {
        var inbox = MappedTable.Of<InboxMessage>(db);
        var eventId = inbox.Column(nameof(InboxMessage.EventId));
        var consumer = inbox.Column(nameof(InboxMessage.Consumer));
        var receivedAt = inbox.Column(nameof(InboxMessage.ReceivedAt));
        return $"INSERT INTO {inbox.Name} ({eventId}, {consumer}, {receivedAt}) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING";
    }
}
