using System.Globalization;
using System.Runtime.InteropServices;

namespace DirectoryBenchmark;

/// <summary>What the figures were measured on, printed above them so a table never travels without it.</summary>
public static class RunDescription
{
    public static string Of(BenchmarkArguments arguments, SearchWorkload workload) => string.Create(CultureInfo.InvariantCulture,
        $"""
        {arguments.Services:N0} services (generator seed {arguments.Seed}), PostgreSQL, Release build, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.
        Search: words + postcode within {SearchWorkload.RadiusInMetres} m + age + {workload.OpenFilter}, first page of {SearchWorkload.PageSize}, {workload.Cases.Count} different searches in turn.
        One-at-a-time rows: requests sent one after another over loopback HTTP (the Directory) or one prepared statement on one connection (PostgreSQL).
        The gateway row: an open loop at {arguments.Rate} requests a second for {arguments.Seconds} s, latency counted from when each request was due.
        The benchmark client, the platform's seven processes and PostgreSQL share the machine.
        """);
}
