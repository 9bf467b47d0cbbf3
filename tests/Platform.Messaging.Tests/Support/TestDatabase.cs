using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Testing;

namespace Platform.Messaging.Tests.Support;

/// <summary>A fresh database of one provider with the test schema, for one test.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract bool IsPostgres { get; }

    public abstract void Configure(DbContextOptionsBuilder options);

    public TestDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<TestDbContext>();
        Configure(options);
        return new TestDbContext(options.Options);
    }

    public abstract ValueTask DisposeAsync();

    public static Task<TestDatabase> CreateAsync(bool postgres, string purpose) =>
        postgres ? PostgresTestDatabase.CreateAsync(purpose) : SqliteTestDatabase.CreateAsync();

    // The schema comes from the model here; services get the same tables from their migrations.
    protected async Task CreateSchemaAsync()
    {
        await using var db = CreateContext();
        await db.Database.EnsureCreatedAsync();
    }

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string path = Path.Combine(Path.GetTempPath(), $"messaging-{Guid.NewGuid():N}.db");

        public override bool IsPostgres => false;

        public static async Task<TestDatabase> CreateAsync()
        {
            var database = new SqliteTestDatabase();
            await database.CreateSchemaAsync();
            return database;
        }

        public override void Configure(DbContextOptionsBuilder options) => options.UseSqlite($"Data Source={path}");

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase(PostgresDatabase database) : TestDatabase
    {
        public override bool IsPostgres => true;

        public static async Task<TestDatabase> CreateAsync(string purpose)
        {
            var database = new PostgresTestDatabase(await PostgresServer.CreateDatabaseAsync(purpose));
            await database.CreateSchemaAsync();
            return database;
        }

        public override void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(database.ConnectionString);

        public override ValueTask DisposeAsync() => database.DisposeAsync();
    }
}
