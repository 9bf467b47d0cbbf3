using System.Diagnostics;

namespace DirectoryBenchmark;

/// <summary>Times requests sent one after another: what a single request costs with nothing else in its way.</summary>
public static class OneAtATime
{
    public static async Task<LatencyDistribution> MeasureAsync(string name, int warmup, int count, Func<int, Task> request, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmup; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await request(i);
        }

        var latencies = new double[count];
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            await request(warmup + i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return new LatencyDistribution(name, latencies);
    }
}
