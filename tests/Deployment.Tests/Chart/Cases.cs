using Deployment.Tests.Platform;

namespace Deployment.Tests.Chart;

/// <summary>Theory data: every environment's values with every deployed process, or with every service.</summary>
public static class Cases
{
    public static MatrixTheoryData<string, string> EveryProcess =>
        new([ValuesFiles.Dev, ValuesFiles.Production], [.. DeployedProcess.All.Select(p => p.Name)]);

    public static MatrixTheoryData<string, string> EveryService =>
        new([ValuesFiles.Dev, ValuesFiles.Production], [.. DeployedProcess.Services.Select(p => p.Name)]);
}
