using Microsoft.EntityFrameworkCore;

namespace Platform.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>
    /// Adds the outbox and inbox tables to a service's model, so they are created by that service's
    /// own migrations and written in the same transactions as its business tables.
    /// </summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.EventId);
            outbox.Property(m => m.EventId).ValueGeneratedNever();
            outbox.Property(m => m.Topic).HasMaxLength(OutboxMessage.MaxTopicLength);
            outbox.Property(m => m.EventType).HasMaxLength(OutboxMessage.MaxEventTypeLength);
            outbox.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
            outbox.Property(m => m.TraceParent).HasMaxLength(OutboxMessage.MaxTraceParentLength);
            // The dispatcher's question is always "unsent and due"; this index answers it without a scan.
            outbox.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            // The key is the guard against handling one event twice: a redelivery cannot insert it again.
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(InboxMessage.MaxConsumerLength);
        });

        return modelBuilder;
    }
}
