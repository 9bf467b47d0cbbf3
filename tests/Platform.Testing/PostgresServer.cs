using Npgsql;

namespace Platform.Testing;

/// <summary>
/// The real PostgreSQL server the test command starts. Each caller gets a database of its own, so
/// test classes can run in parallel without seeing each other's rows.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "PLATFORM_TEST_POSTGRES";

    private const string LocalDefault = "Host=127.0.0.1;Port=5432;Username=platform;Password=platform";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : LocalDefault;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<PostgresDatabase> CreateDatabaseAsync(string purpose)
    {
        var name = $"t_{Sanitise(purpose)}_{Guid.NewGuid():N}";
        await using var connection = await OpenAdminConnectionAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true };
        return new PostgresDatabase(name, builder.ConnectionString);
    }

    public static async Task DropDatabaseAsync(string name)
    {
        await using var connection = await OpenAdminConnectionAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>A connection to the server's <c>postgres</c> database, for creating and dropping databases.</summary>
    public static async Task<NpgsqlConnection> OpenAdminConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at '{builder.Host}:{builder.Port}' as '{builder.Username}'. " +
                $"The README's test command installs and starts it; to use another server set {EnvironmentVariable}.", ex);
        }
    }

    private static string Sanitise(string purpose) =>
        new(purpose.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(16).ToArray());
}

/// <summary>A database created for one test class; dropped when disposed.</summary>
public sealed class PostgresDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.DropDatabaseAsync(Name);
    }
}
