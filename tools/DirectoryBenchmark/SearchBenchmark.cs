using System.Globalization;
using System.Text.Json.Nodes;
using Launcher;

namespace DirectoryBenchmark;

/// <summary>The measurements, in order, and what they are compared with.</summary>
public sealed class SearchBenchmark(BenchmarkArguments arguments, LocalPlatform platform, PostgresBaseline baseline, SearchWorkload candidates, IReadOnlyList<Guid> ids, TextWriter log)
{
    public const double InServiceTargetP95 = 5;
    public const double GatewayTargetP95 = 20;
    private const int Warmup = 300;

    public async Task<BenchmarkResult> RunAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { Timeout = TimeSpan.FromSeconds(30) };
        var directory = platform.Component(PlatformTopology.Directory).HttpUrl + "/api/directory/";
        var gateway = platform.GatewayUrl + "/api/directory/";

        var workload = await CompareAnswersAsync(http, directory, cancellationToken);

        log.WriteLine("Timing the search straight at the Directory...");
        var search = await OneAtATime.MeasureAsync("Directory search, straight to the service", Warmup, arguments.Requests,
            i => GetAsync(http, directory + workload.DirectoryQuery(workload[i]), cancellationToken), cancellationToken);

        log.WriteLine("Timing a service by id at the Directory...");
        var byId = await OneAtATime.MeasureAsync("Directory service by id (full record)", Warmup, arguments.Requests,
            i => GetAsync(http, directory + "services/" + ids[i % ids.Count], cancellationToken), cancellationToken);

        log.WriteLine("Timing the baseline search in PostgreSQL...");
        var baselineSearch = await OneAtATime.MeasureAsync("Baseline: the search as one PostgreSQL query", Warmup / 3, Math.Max(50, arguments.Requests / 4),
            i => baseline.SearchAsync(workload[i], workload.OpenAtLondon, cancellationToken), cancellationToken);

        log.WriteLine("Timing the baseline lookup by id in PostgreSQL...");
        var baselineById = await OneAtATime.MeasureAsync("Baseline: a service row by id in PostgreSQL", Warmup, arguments.Requests,
            i => baseline.FindByIdAsync(ids[i % ids.Count], cancellationToken), cancellationToken);

        log.WriteLine($"Timing the search through the gateway at {arguments.Rate} requests a second for {arguments.Seconds} s...");
        var throughGateway = await OpenLoop.MeasureAsync(
            $"Directory search through the gateway at {arguments.Rate}/s", http, i => gateway + workload.DirectoryQuery(workload[i]),
            arguments.Rate, TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);

        return new BenchmarkResult(search, byId, baselineSearch, baselineById, throughGateway);
    }

    private static async Task GetAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>
    /// Asks both sides every candidate search once, untimed, and says how many services each finds, so a
    /// reader can see they answer the same question. Searches the Directory refuses (a postcode in a
    /// non-geographic sector such as E98 1, which it will not place on a map) are left out, and counted.
    /// </summary>
    private async Task<SearchWorkload> CompareAnswersAsync(HttpClient http, string directory, CancellationToken cancellationToken)
    {
        var kept = new List<SearchCase>();
        long directoryTotal = 0, baselineTotal = 0;
        int directoryEmpty = 0, baselineEmpty = 0;
        foreach (var search in candidates.Cases)
        {
            using var response = await http.GetAsync(directory + candidates.DirectoryQuery(search), cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.BadRequest)
            {
                continue;
            }

            var page = JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync(cancellationToken))!;
            var found = (int)page["total_items"]!;
            var baselineFound = (await baseline.SearchAsync(search, candidates.OpenAtLondon, cancellationToken)).Total;
            kept.Add(search);
            directoryTotal += found;
            baselineTotal += baselineFound;
            directoryEmpty += found == 0 ? 1 : 0;
            baselineEmpty += baselineFound == 0 ? 1 : 0;
        }

        if (kept.Count == 0)
        {
            throw new BenchmarkException("The Directory refused every search in the workload; see its answers above.");
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kept.Count} searches ({candidates.Cases.Count - kept.Count} left out: the Directory does not place their postcode). " +
            $"A search finds {directoryTotal / (double)kept.Count:N1} services on average in the Directory ({directoryEmpty} find none), " +
            $"{baselineTotal / (double)kept.Count:N1} in the baseline ({baselineEmpty} find none)."));
        return candidates.Keeping(kept);
    }
}

/// <summary>Every measurement of one run.</summary>
public sealed record BenchmarkResult(
    LatencyDistribution Search,
    LatencyDistribution ById,
    LatencyDistribution BaselineSearch,
    LatencyDistribution BaselineById,
    LatencyDistribution ThroughGateway)
{
    public bool InServiceTargetMet => Search.P95 <= SearchBenchmark.InServiceTargetP95;

    public bool GatewayTargetMet => ThroughGateway.Failures == 0 && ThroughGateway.P95 <= SearchBenchmark.GatewayTargetP95;

    public string Table() => ResultTable.Render(
    [
        (Search, BaselineSearch),
        (ThroughGateway, BaselineSearch),
        (BaselineSearch, BaselineSearch),
        (ById, BaselineById),
        (BaselineById, BaselineById),
    ]);

    public IEnumerable<string> Verdicts()
    {
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Search inside the service, p95 ≤ {SearchBenchmark.InServiceTargetP95} ms: {Search.P95:0.00} ms, {(InServiceTargetMet ? "met" : "MISSED")}.");
        var firstFailure = ThroughGateway.FailureExample is { } example ? $" First failure: {example}" : "";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Search through the gateway, p95 ≤ {SearchBenchmark.GatewayTargetP95} ms: {ThroughGateway.P95:0.00} ms with {ThroughGateway.Failures} failed, {(GatewayTargetMet ? "met" : "MISSED")}.{firstFailure}");
    }
}
