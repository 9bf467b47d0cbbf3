namespace DirectoryBenchmark;

/// <summary>What one measurement saw: its latencies in milliseconds, sorted, and how many requests failed.</summary>
public sealed class LatencyDistribution
{
    private readonly double[] _sorted;

    public LatencyDistribution(string name, IEnumerable<double> milliseconds, int failures = 0, string? failureExample = null)
    {
        Name = name;
        _sorted = [.. milliseconds.Order()];
        Failures = failures;
        FailureExample = failureExample;
    }

    public string Name { get; }

    public int Count => _sorted.Length;

    public int Failures { get; }

    public string? FailureExample { get; }

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    public double P99 => Percentile(99);

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    /// <summary>Nearest-rank percentile: the smallest latency that at least <paramref name="percent"/>% of requests took no longer than.</summary>
    public double Percentile(double percent)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank, 1, _sorted.Length) - 1];
    }
}
