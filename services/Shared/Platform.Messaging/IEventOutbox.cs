using Platform.Contracts.Events;

namespace Platform.Messaging;

/// <summary>Where a service puts the integration events its change produces.</summary>
public interface IEventOutbox
{
    /// <summary>
    /// Adds the event to the service's DbContext. Nothing is written until that context's next
    /// SaveChanges, which stores the event with the business change or not at all.
    /// </summary>
    /// <param name="topic">A constant from <see cref="Topics"/>, never a name derived from a type.</param>
    void Add(string topic, IntegrationEvent integrationEvent);
}
