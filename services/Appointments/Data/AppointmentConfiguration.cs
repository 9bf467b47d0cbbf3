using Appointments.Api.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Appointments.Api.Data;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> entity)
    {
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.Property(a => a.NhsNumber).HasMaxLength(10);
        entity.Property(a => a.BookedBy).HasMaxLength(200);
        entity.Property(a => a.BookedByRole).HasMaxLength(40);
        entity.Property(a => a.Status).HasMaxLength(20);
        entity.Property(a => a.IdempotencyKey).HasMaxLength(Appointment.MaxIdempotencyKeyLength);
        // A slot with appointments in it cannot be deleted out from under them.
        entity.HasOne(a => a.Slot).WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => a.NhsNumber);

        // One person holds at most one booked place in a slot, even when two requests race.
        entity.HasIndex(a => new { a.SlotId, a.NhsNumber })
            .IsUnique()
            .HasFilter($"\"Status\" = '{AppointmentStatus.Booked}'")
            .HasDatabaseName("IX_Appointments_one_booking_per_person_per_slot");

        // A retried request finds its booking by the caller's key; a racing retry cannot book twice.
        entity.HasIndex(a => new { a.BookedBy, a.IdempotencyKey })
            .IsUnique()
            .HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }
}
