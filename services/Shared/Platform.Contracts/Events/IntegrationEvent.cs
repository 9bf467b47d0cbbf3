namespace Platform.Contracts.Events;

/// <summary>
/// A fact one service publishes for others. Events carry ids and codes only: never names, notes
/// or any free text a person wrote, because they travel through brokers and logs.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per fact; subscribers use it to ignore a redelivery.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
