using Directory.Api.Data;
using Microsoft.EntityFrameworkCore;
using Platform.Testing;

namespace DirectoryImport.Tests;

/// <summary>Directory databases for an import to write to: empty, at the Directory's schema, as its migrate command leaves them.</summary>
public static class DirectoryDatabases
{
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseEngine engine)
    {
        var database = await TestDatabase.CreateAsync(engine, "import");
        await using var db = Open(database);
        await db.Database.MigrateAsync();
        return database;
    }

    public static DirectoryDbContext Open(TestDatabase database) => database.Provider == "Postgres"
        ? new PostgresDirectoryDbContext(new DbContextOptionsBuilder<PostgresDirectoryDbContext>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteDirectoryDbContext(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite(database.ConnectionString).Options);

    /// <summary>The import's arguments for writing to <paramref name="database"/> from <paramref name="feed"/>.</summary>
    public static string[] ImportArguments(this TestDatabase database, string feed, params string[] more) =>
        ["--feed", feed, "--database-provider", database.Provider, "--connection", database.ConnectionString, .. more];
}
