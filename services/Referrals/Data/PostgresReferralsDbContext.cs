using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Referrals.Api.Data;

public sealed class PostgresReferralsDbContext(DbContextOptions<PostgresReferralsDbContext> options) : ReferralsDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context PostgresReferralsDbContext</c> build the model without a server.</summary>
public sealed class PostgresReferralsDbContextFactory : IDesignTimeDbContextFactory<PostgresReferralsDbContext>
{
    public PostgresReferralsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresReferralsDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
