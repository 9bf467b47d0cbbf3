using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Appointments.Api.Data;

public sealed class SqliteAppointmentsDbContext(DbContextOptions<SqliteAppointmentsDbContext> options) : AppointmentsDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context SqliteAppointmentsDbContext</c> build the model without a host.</summary>
public sealed class SqliteAppointmentsDbContextFactory : IDesignTimeDbContextFactory<SqliteAppointmentsDbContext>
{
    public SqliteAppointmentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppointmentsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
