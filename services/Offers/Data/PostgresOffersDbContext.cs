using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Offers.Api.Data;

public sealed class PostgresOffersDbContext(DbContextOptions<PostgresOffersDbContext> options) : OffersDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context PostgresOffersDbContext</c> build the model without a server.</summary>
public sealed class PostgresOffersDbContextFactory : IDesignTimeDbContextFactory<PostgresOffersDbContext>
{
    public PostgresOffersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOffersDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
