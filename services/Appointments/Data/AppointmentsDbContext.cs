using Appointments.Api.Bookings;
using Appointments.Api.Slots;
using Microsoft.EntityFrameworkCore;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;

namespace Appointments.Api.Data;

/// <summary>
/// The appointments database: slots, appointments, the outbox and the audit trail, so a booking, its
/// event and its audit record commit together. Engine-specific subclasses own the migrations;
/// everything else asks for this type.
/// </summary>
public abstract class AppointmentsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Slot> Slots => Set<Slot>();
    public DbSet<Appointment> Appointments => Set<Appointment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time here is UTC, but SQLite hands DateTime back with Kind Unspecified: say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppointmentsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
