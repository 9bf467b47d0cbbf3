namespace Deployment.Tests.Chart;

/// <summary>The environments the chart ships values for: charts/neighbourhood-care/values-&lt;name&gt;.yaml.</summary>
public static class ValuesFiles
{
    public const string Dev = "dev";
    public const string Production = "production";

    public static TheoryData<string> All => [Dev, Production];

    public static string PathOf(string environment) => Path.Combine(Helm.ChartFolder, $"values-{environment}.yaml");
}
