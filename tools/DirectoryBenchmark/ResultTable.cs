using System.Globalization;
using System.Text;

namespace DirectoryBenchmark;

/// <summary>The figures as a Markdown table: each measurement beside the baseline it is compared with.</summary>
public static class ResultTable
{
    public static string Render(IEnumerable<(LatencyDistribution Measured, LatencyDistribution? Baseline)> rows)
    {
        var table = new StringBuilder();
        table.AppendLine("| measurement | requests | failed | median ms | p95 ms | p99 ms | max ms | median ÷ baseline | p95 ÷ baseline | p99 ÷ baseline |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (measured, baseline) in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {measured.Name} | {measured.Count + measured.Failures:N0} | {measured.Failures:N0} | {Ms(measured.Median)} | {Ms(measured.P95)} | {Ms(measured.P99)} | {Ms(measured.Max)} " +
                $"| {Ratio(measured.Median, baseline?.Median)} | {Ratio(measured.P95, baseline?.P95)} | {Ratio(measured.P99, baseline?.P99)} |");
        }

        return table.ToString();
    }

    private static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Ratio(double measured, double? baseline) =>
        baseline is not { } b || double.IsNaN(b) || b <= 0 || double.IsNaN(measured)
            ? "–"
            : (measured / b).ToString("0.00", CultureInfo.InvariantCulture) + "×";
}
