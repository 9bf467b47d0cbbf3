using Platform.Contracts.Events;

namespace Platform.Messaging.Tests.Support;

public sealed record SlotBooked(Guid SlotId, string Reference) : IntegrationEvent
{
    public const string Topic = "slot-booked";
}
