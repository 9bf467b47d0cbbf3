namespace Platform.Messaging.Tests.Support;

/// <summary>The business row: no unique key on the slot, so only the inbox can stop a duplicate.</summary>
public sealed class Booking
{
    public int Id { get; set; }

    public Guid SlotId { get; set; }
}
