using Appointments.Api.Slots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Api.Data;

internal sealed class SlotConfiguration : IEntityTypeConfiguration<Slot>
{
    public void Configure(EntityTypeBuilder<Slot> entity)
    {
        // The last line of defence against double-booking: whatever code path changes Booked, the
        // database refuses a count outside 0..Capacity. Bookings never reach it: their conditional
        // update stops at Capacity first.
        entity.ToTable(table => table.HasCheckConstraint(
            "CK_Slots_Booked_within_capacity", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\""));
        entity.Property(s => s.Id).ValueGeneratedNever();
        // Free slots are always asked for by service and time window.
        entity.HasIndex(s => new { s.ServiceId, s.Start });
    }
}
