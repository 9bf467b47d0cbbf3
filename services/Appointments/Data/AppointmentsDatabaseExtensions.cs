using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Database;

namespace Appointments.Api.Data;

public static class AppointmentsDatabaseExtensions
{
    /// <summary>The database on the configured engine, its audit trail, and the answer to a locked SQLite database.</summary>
    public static IHostApplicationBuilder AddAppointmentsDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AppointmentsDbContext, SqliteAppointmentsDbContext, PostgresAppointmentsDbContext>("Appointments");
        builder.AddAuditTrail<AppointmentsDbContext>();
        builder.Services.AddScoped<LockedDatabaseRetry>();
        builder.Services.AddExceptionHandler<LockedDatabaseExceptionHandler>();
        return builder;
    }
}
