using System.Text.Json.Nodes;
using Npgsql;
using Platform.Testing;

namespace DirectoryBenchmark.Tests;

public sealed class BenchmarkDatasetTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ncp-benchmark-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_dataset_holds_the_services_asked_for_and_its_fingerprint_follows_its_content()
    {
        var first = BenchmarkDataset.Generate(_folder, 50, seed: 4, TextWriter.Null);
        var services = JsonNode.Parse(File.ReadAllText(first.Path))!["services"]!.AsArray();
        var again = BenchmarkDataset.Generate(_folder, 50, seed: 4, TextWriter.Null);
        var otherSeed = BenchmarkDataset.Generate(_folder, 50, seed: 5, TextWriter.Null);
        var otherSize = BenchmarkDataset.Generate(_folder, 51, seed: 4, TextWriter.Null);

        Assert.Equal(50, services.Count);
        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.Equal(3, new[] { first.Fingerprint, otherSeed.Fingerprint, otherSize.Fingerprint }.Distinct().Count());
        Assert.Matches("^[0-9a-f]{10}$", first.Fingerprint);
    }

    [Fact]
    public async Task Databases_of_other_datasets_in_the_family_are_dropped_and_this_datasets_kept()
    {
        var family = $"t_benchmark_family_{Guid.NewGuid():N}_"[..40];
        var dataset = new BenchmarkDataset("unused.json", "0123456789");
        var databases = new BenchmarkDatabases(PostgresServer.ServerConnectionString, family);
        string[] kept = [databases.PrefixFor(dataset) + "_directory"];
        string[] dropped = [family + "9876543210_directory", family + "9876543210_offers"];
        var unrelated = $"t_benchmark_unrelated_{Guid.NewGuid():N}";
        foreach (var name in kept.Concat(dropped).Append(unrelated))
        {
            await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        }

        try
        {
            var log = new StringWriter();
            await databases.DropOthersAsync(dataset, log, CancellationToken.None);

            var remaining = await DatabaseNamesAsync();
            Assert.Contains(kept[0], remaining);
            Assert.Contains(unrelated, remaining);
            Assert.All(dropped, name => Assert.DoesNotContain(name, remaining));
            Assert.All(dropped, name => Assert.Contains($"Dropping {name}", log.ToString(), StringComparison.Ordinal));
        }
        finally
        {
            foreach (var name in kept.Concat(dropped).Append(unrelated))
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = await PostgresServer.OpenAdminConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> DatabaseNamesAsync()
    {
        await using var connection = await PostgresServer.OpenAdminConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
