using Deployment.Tests.Chart;

namespace Deployment.Tests;

/// <summary>helm's own checks, values.schema.json included, with each environment's values.</summary>
public sealed class ChartLintTests
{
    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void The_chart_lints_cleanly_against_its_schema(string environment)
    {
        var report = Helm.Run("lint", "--strict", Helm.ChartFolder, "-f", ValuesFiles.PathOf(environment));

        Assert.Contains("0 chart(s) failed", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_refuses_values_that_are_not_the_charts()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() =>
            Helm.Run("template", Helm.ChartFolder, "-f", ValuesFiles.PathOf(ValuesFiles.Dev), "--set", "apps.referrals.replicaCount=2"));

        Assert.Contains("replicaCount", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_values_without_an_identity_provider_do_not_render()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() =>
            Helm.Run("template", Helm.ChartFolder, "-f", ValuesFiles.PathOf(ValuesFiles.Production), "--set", "auth.authority="));

        Assert.Contains("auth.authority", refusal.Message, StringComparison.Ordinal);
    }
}
