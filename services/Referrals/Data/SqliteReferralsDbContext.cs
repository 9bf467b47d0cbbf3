using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Referrals.Api.Data;

public sealed class SqliteReferralsDbContext(DbContextOptions<SqliteReferralsDbContext> options) : ReferralsDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context SqliteReferralsDbContext</c> build the model without a host.</summary>
public sealed class SqliteReferralsDbContextFactory : IDesignTimeDbContextFactory<SqliteReferralsDbContext>
{
    public SqliteReferralsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteReferralsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
