namespace Platform.Contracts.Events;

/// <summary>
/// A directory entry changed (topic <see cref="Topics.DirectoryServiceChanged"/>): the service, its
/// organisation and a <see cref="DirectoryServiceChangeKinds"/> code. What changed stays in the
/// Directory: a subscriber reads the service again (its feed or gRPC) rather than trusting a copy.
/// </summary>
public sealed record DirectoryServiceChanged : IntegrationEvent
{
    public required Guid ServiceId { get; init; }

    /// <summary>The organisation that runs the service after the change.</summary>
    public required Guid OrganizationId { get; init; }

    /// <summary><see cref="DirectoryServiceChangeKinds"/>: what kind of change it was.</summary>
    public required string ChangeKind { get; init; }
}
