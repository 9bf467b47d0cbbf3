using Npgsql;

namespace DirectoryBenchmark;

/// <summary>Fails early, and clearly, when the PostgreSQL server is not there.</summary>
public static class ServerCheck
{
    public static async Task EnsureReachableAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Timeout = 5 }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            throw new BenchmarkException(
                $"PostgreSQL cannot be reached ({exception.Message}). Start it (tools/test.sh installs and starts it), or pass --postgres \"<connection string>\".");
        }
    }
}
