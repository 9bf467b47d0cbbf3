using System.Collections.Concurrent;
using System.Diagnostics;

namespace DirectoryBenchmark;

/// <summary>
/// Sends requests at a fixed arrival rate whether or not earlier ones have answered, as residents do,
/// and counts each latency from when the request was due, not from when it was sent: a stall shows up
/// in every request it delays (no coordinated omission).
/// </summary>
public static class OpenLoop
{
    public static async Task<LatencyDistribution> MeasureAsync(string name, HttpClient http, Func<int, string> url, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        string? failureExample = null;
        var inFlight = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            inFlight.Add(SendAsync(url(i), due));
        }

        await Task.WhenAll(inFlight);
        return new LatencyDistribution(name, latencies, failures, failureExample);

        async Task SendAsync(string requestUrl, long due)
        {
            try
            {
                using var response = await http.GetAsync(requestUrl, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
                    return;
                }

                Interlocked.CompareExchange(ref failureExample, $"{(int)response.StatusCode} for {requestUrl}", null);
            }
            catch (HttpRequestException exception)
            {
                Interlocked.CompareExchange(ref failureExample, $"{exception.Message} for {requestUrl}", null);
            }

            Interlocked.Increment(ref failures);
        }
    }
}
