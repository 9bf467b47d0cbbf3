using Launcher;

namespace DirectoryBenchmark;

/// <summary>
/// The whole platform, started as <c>tools/run.sh --postgres</c> starts it but from this build (Release),
/// on free ports, with the Directory seeded from the generated file instead of the demo data and the
/// gateway's per-client rate limit lifted (one benchmark client sends far more than one resident would).
/// </summary>
public static class PlatformUnderTest
{
    public static LocalPlatform Create(string repositoryRoot, BenchmarkArguments arguments, BenchmarkDataset dataset, string databasePrefix, Func<bool> started)
    {
        var options = new PlatformOptions
        {
            RepositoryRoot = repositoryRoot,
            DataFolder = Path.Combine(repositoryRoot, ".data", "benchmark", "platform"),
            PostgresServer = arguments.Postgres,
            DatabasePrefix = databasePrefix,
            Ports = PlatformPorts.Free(FreePorts.Take),
            SeedFileOverrides = new Dictionary<string, string> { [PlatformTopology.Directory] = dataset.Path },
            ExtraSettings = new Dictionary<string, string>
            {
                ["RateLimits__directory-feed__PermitLimit"] = "1000000",

                // The launcher polls readiness every 200 ms while the index builds; each "not ready yet" is logged as a failure.
                ["Logging__LogLevel__Microsoft.Extensions.Diagnostics.HealthChecks"] = "None",
            },
            ReadyTimeout = TimeSpan.FromMinutes(30),
        };

        return new LocalPlatform(options, (component, line) =>
        {
            // While starting, the Directory's lines show the seeding and index progress; afterwards only failures are worth a line.
            var show = started()
                ? line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
                : component == PlatformTopology.Directory || !line.StartsWith("info:", StringComparison.Ordinal);
            if (show)
            {
                Console.Error.WriteLine($"[{component,-12}] {line}");
            }
        });
    }
}
