namespace DirectoryBenchmark.Tests;

public sealed class LatencyDistributionTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_whatever_order_the_latencies_came_in()
    {
        var latencies = Enumerable.Range(1, 100).Select(ms => (double)ms).Reverse();

        var distribution = new LatencyDistribution("search", latencies);

        Assert.Equal(50, distribution.Median);
        Assert.Equal(95, distribution.P95);
        Assert.Equal(99, distribution.P99);
        Assert.Equal(100, distribution.Max);
    }

    [Fact]
    public void A_small_sample_takes_its_p99_from_its_slowest_request()
    {
        var distribution = new LatencyDistribution("search", [3, 1, 2, 40]);

        Assert.Equal(2, distribution.Median);
        Assert.Equal(40, distribution.P95);
        Assert.Equal(40, distribution.P99);
    }

    [Fact]
    public void With_every_request_failed_there_are_no_percentiles_and_the_table_shows_dashes()
    {
        var failed = new LatencyDistribution("through the gateway", [], failures: 5, failureExample: "429 for /api/directory/services");
        var baseline = new LatencyDistribution("baseline", [1, 2, 3]);

        var table = ResultTable.Render([(failed, baseline)]);

        Assert.True(double.IsNaN(failed.P95));
        Assert.Contains("| through the gateway | 5 | 5 | – | – | – | – | – | – | – |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_gives_each_percentile_as_a_ratio_to_its_baseline()
    {
        var measured = new LatencyDistribution("Directory search", [2, 2, 4]);
        var baseline = new LatencyDistribution("Baseline", [1, 1, 8]);

        var row = ResultTable.Render([(measured, baseline)]).Split('\n')[2];

        Assert.Equal("| Directory search | 3 | 0 | 2.00 | 4.00 | 4.00 | 4.00 | 2.00× | 0.50× | 0.50× |", row.TrimEnd());
    }
}
