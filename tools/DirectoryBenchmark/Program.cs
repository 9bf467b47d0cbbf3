using System.Runtime.InteropServices;
using DirectoryBenchmark;
using Launcher;
using Npgsql;

var arguments = BenchmarkArguments.Parse(args);
if (arguments.ShowHelp)
{
    Console.WriteLine(BenchmarkArguments.Usage);
    return 0;
}

if (arguments.Error is { } error)
{
    Console.Error.WriteLine($"error: {error}");
    Console.Error.WriteLine("Run with --help to see the options.");
    return 2;
}

using var stopping = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
{
    signal.Cancel = true;
    stopping.Cancel();
});

var root = RepositoryRoot.Find();
var log = Console.Out;
var started = false;
try
{
    var databases = new BenchmarkDatabases(arguments.Postgres);
    await databases.EnsureServerReachableAsync(stopping.Token);
    var dataset = BenchmarkDataset.Generate(Path.Combine(root, ".data", "benchmark"), arguments.Services, arguments.Seed, log);
    await databases.DropOthersAsync(dataset, log, stopping.Token);

    await using var platform = PlatformUnderTest.Create(root, arguments, dataset, databases.PrefixFor(dataset), () => started);
    log.WriteLine("Starting the platform (the first run at a size seeds the Directory's database and takes minutes)...");
    var startClock = System.Diagnostics.Stopwatch.StartNew();
    await platform.StartAsync(stopping.Token);
    started = true;
    log.WriteLine($"Platform ready in {startClock.Elapsed.TotalSeconds:N0} s.");

    await using var baseline = await PostgresBaseline.OpenAsync(platform.ConnectionStringFor(PlatformTopology.Directory), log, stopping.Token);
    var workload = SearchWorkload.Create(Path.Combine(root, "data", "postcodes", "london_postcode_sectors.csv"), arguments.Seed, arguments.OpenNow, TimeProvider.System);
    var ids = await baseline.SampleServiceIdsAsync(1000, arguments.Seed, stopping.Token);

    var result = await new SearchBenchmark(arguments, platform, baseline, workload, ids, log).RunAsync(stopping.Token);

    log.WriteLine();
    log.WriteLine(RunDescription.Of(arguments, workload));
    log.WriteLine();
    log.Write(result.Table());
    log.WriteLine();
    foreach (var verdict in result.Verdicts())
    {
        log.WriteLine(verdict);
    }

    return result.InServiceTargetMet && result.GatewayTargetMet ? 0 : 1;
}
catch (BenchmarkException failure)
{
    Console.Error.WriteLine($"error: {failure.Message}");
    return 3;
}
catch (PlatformStartException failure)
{
    Console.Error.WriteLine($"error: {failure.Message}");
    return 3;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}
catch (NpgsqlException failure)
{
    Console.Error.WriteLine($"error: PostgreSQL failed: {failure.Message}");
    return 3;
}
