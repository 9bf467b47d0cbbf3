using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Appointments.Api.Data;

public sealed class PostgresAppointmentsDbContext(DbContextOptions<PostgresAppointmentsDbContext> options) : AppointmentsDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context PostgresAppointmentsDbContext</c> build the model without a server.</summary>
public sealed class PostgresAppointmentsDbContextFactory : IDesignTimeDbContextFactory<PostgresAppointmentsDbContext>
{
    public PostgresAppointmentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppointmentsDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
