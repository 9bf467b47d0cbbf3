using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Directory.Api.Data;

public sealed class PostgresDirectoryDbContext(DbContextOptions<PostgresDirectoryDbContext> options) : DirectoryDbContext(options)
{
    /// <summary>
    /// Text compares and sorts by code point, as SQLite does, so every list pages identically on both
    /// engines whatever locale the server was installed with.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<string>().UseCollation("C");
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresDirectoryDbContext</c> build the model without a server.</summary>
public sealed class PostgresDirectoryDbContextFactory : IDesignTimeDbContextFactory<PostgresDirectoryDbContext>
{
    public PostgresDirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDirectoryDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
