using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Offers.Api.Data;

public sealed class SqliteOffersDbContext(DbContextOptions<SqliteOffersDbContext> options) : OffersDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context SqliteOffersDbContext</c> build the model without a host.</summary>
public sealed class SqliteOffersDbContextFactory : IDesignTimeDbContextFactory<SqliteOffersDbContext>
{
    public SqliteOffersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOffersDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
