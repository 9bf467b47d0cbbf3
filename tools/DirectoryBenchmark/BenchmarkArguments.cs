using System.Globalization;
using Npgsql;

namespace DirectoryBenchmark;

/// <summary>The benchmark's command line.</summary>
public sealed record BenchmarkArguments
{
    public const string Usage = """
        Usage: tools/benchmark-directory.sh [--services <n>] [--seed <n>] [--postgres "<server connection string>"]
                                            [--rate <requests a second>] [--seconds <n>] [--requests <n>] [--open-now]

        Measures the Directory's search at scale, side by side with a plain PostgreSQL baseline in the same run:
          1. generates <n> synthetic services (tools/DirectoryDataGenerator) into .data/benchmark/ (seconds);
          2. starts the whole platform (Release build, PostgreSQL) with the Directory seeded from that file;
             its databases (ncp_benchmark_<fingerprint of the file>_*) are kept, so the next run of the same
             dataset starts in a minute, and those of other datasets are dropped;
          3. times, one request at a time: the search straight at the Directory, a record by id at the Directory,
             the same search as one PostgreSQL query (full-text and earthdistance indexes), and a row by id;
          4. times the search through the gateway at a fixed arrival rate (open loop: a slow answer does not
             slow the next request down, and latency counts from when a request was due);
          5. prints medians, p95 and p99, and each one's ratio to the baseline.

          --services <n>   how many services (default 100000)
          --seed <n>       the generator's seed (default 42)
          --postgres <cs>  the PostgreSQL server (default: the test command's, Host=127.0.0.1;Username=platform;Password=platform)
          --rate <n>       requests a second through the gateway (default 200)
          --seconds <n>    how long to hold that rate (default 30)
          --requests <n>   timed requests for each one-at-a-time measurement (default 2000; the baseline search runs a quarter as many at most)
          --open-now       search open_now=true at the clock's time; by default open_at is fixed at next Tuesday 10:00
                           London time, the same filter, so figures do not depend on the hour the benchmark runs
          --help           this text

        Exit codes: 0 measured and both p95 targets met, 1 measured and a target missed, 2 bad arguments, 3 could not run.
        """;

    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=platform;Password=platform";

    public int Services { get; init; } = 100_000;
    public int Seed { get; init; } = 42;
    public string Postgres { get; init; } = DefaultPostgres;
    public int Rate { get; init; } = 200;
    public int Seconds { get; init; } = 30;
    public int Requests { get; init; } = 2000;
    public bool OpenNow { get; init; }
    public bool ShowHelp { get; init; }
    public string? Error { get; init; }

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchmarkArguments();
        for (var i = 0; i < args.Count && parsed.Error is null; i++)
        {
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            BenchmarkArguments Number(string option, int min, int max, Func<int, BenchmarkArguments> set)
            {
                var text = Value();
                return int.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                    ? set(n)
                    : parsed with { Error = $"{option} must be a whole number from {min:N0} to {max:N0}, not '{text ?? ""}'." };
            }

            parsed = args[i] switch
            {
                "--help" or "-h" => parsed with { ShowHelp = true },
                "--services" => Number("--services", 1, 10_000_000, n => parsed with { Services = n }),
                "--seed" => Number("--seed", int.MinValue, int.MaxValue, n => parsed with { Seed = n }),
                "--rate" => Number("--rate", 1, 100_000, n => parsed with { Rate = n }),
                "--seconds" => Number("--seconds", 1, 3600, n => parsed with { Seconds = n }),
                "--requests" => Number("--requests", 10, 1_000_000, n => parsed with { Requests = n }),
                "--open-now" => parsed with { OpenNow = true },
                "--postgres" => Value() is var server && PostgresProblem(server) is { } problem ? parsed with { Error = problem } : parsed with { Postgres = server! },
                var unknown => parsed with { Error = $"Unknown option '{unknown}'." },
            };
        }

        return parsed;
    }

    private static string? PostgresProblem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "--postgres needs a connection string, e.g. \"Host=127.0.0.1;Username=platform;Password=platform\".";
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException exception)
        {
            return $"--postgres is not a connection string Npgsql understands: {exception.Message}";
        }
    }
}
