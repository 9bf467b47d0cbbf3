using Npgsql;

namespace DirectoryBenchmark;

/// <summary>
/// The benchmark's databases on the PostgreSQL server, named <c>&lt;family&gt;&lt;fingerprint&gt;_…</c>
/// (the family is <c>ncp_benchmark_</c>). Those of this dataset are kept between runs (seeding 100k
/// services takes minutes); those of any other dataset are dropped, so old runs do not pile up.
/// </summary>
public sealed class BenchmarkDatabases(string server, string family = BenchmarkDatabases.Family)
{
    public const string Family = "ncp_benchmark_";

    public string PrefixFor(BenchmarkDataset dataset) => family + dataset.Fingerprint;

    /// <summary>Fails early, and clearly, when the PostgreSQL server is not there.</summary>
    public async Task EnsureServerReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenServerAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            throw new BenchmarkException(
                $"PostgreSQL cannot be reached ({exception.Message}). Start it (tools/test.sh installs and starts it), or pass --postgres \"<connection string>\".");
        }
    }

    public async Task DropOthersAsync(BenchmarkDataset dataset, TextWriter log, CancellationToken cancellationToken)
    {
        await using var connection = await OpenServerAsync(cancellationToken);
        var others = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @family) AND NOT starts_with(datname, @keep)", connection))
        {
            list.Parameters.AddWithValue("family", family);
            list.Parameters.AddWithValue("keep", PrefixFor(dataset) + "_");
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                others.Add(reader.GetString(0));
            }
        }

        foreach (var name in others)
        {
            log.WriteLine($"Dropping {name}, a benchmark database of another dataset.");
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<NpgsqlConnection> OpenServerAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Timeout = 5 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
