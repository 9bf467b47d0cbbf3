using System.Diagnostics;
using System.Text.Json.Nodes;
using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using Platform.Testing;

namespace Deployment.Tests;

/// <summary>
/// The image each project would be published as (Container.props, read through MSBuild's evaluation of the
/// project) is the one the chart runs: its name, its user and its ports. The images themselves cannot be
/// built here: their base image is on a registry this machine does not reach.
/// </summary>
public sealed class ContainerImageTests
{
    [Theory]
    [MemberData(nameof(DeployedProcess.Names), MemberType = typeof(DeployedProcess))]
    public void Every_project_is_published_as_the_image_the_chart_runs_as_its_non_root_user_on_its_ports(string process)
    {
        var image = ImageSettings(DeployedProcess.Named(process));
        var chart = RenderedChart.Of(ValuesFiles.Production);
        var pod = chart.DeploymentOf(process).Spec.Template.Spec;
        var settings = chart.SettingsOf(pod.Containers[0]);

        Assert.Equal(pod.Containers[0].Image.Split(':')[0], (string?)image["Properties"]!["ContainerRepository"]);
        Assert.Equal(pod.SecurityContext.RunAsUser.ToString(), (string?)image["Properties"]!["ContainerUser"]);
        Assert.Contains("-chiseled", (string?)image["Properties"]!["ContainerBaseImage"], StringComparison.Ordinal);
        Assert.Equal(
            pod.Containers[0].Ports.Select(p => p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(),
            image["Items"]!["ContainerPort"]!.AsArray().Select(port => (string)port!["Identity"]!).Order());
        foreach (var variable in image["Items"]!["ContainerEnvironmentVariable"]!.AsArray())
        {
            var name = (string)variable!["Identity"]!;
            Assert.Equal(settings[name], (string?)variable["Value"]);
        }
    }

    private static JsonNode ImageSettings(DeployedProcess process)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in new[]
        {
            "msbuild", process.Project, "-getProperty:ContainerRepository", "-getProperty:ContainerUser",
            "-getProperty:ContainerBaseImage", "-getItem:ContainerPort", "-getItem:ContainerEnvironmentVariable",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var msbuild = Process.Start(startInfo)!;
        var output = msbuild.StandardOutput.ReadToEnd();
        msbuild.WaitForExit();
        Assert.True(msbuild.ExitCode == 0, output + msbuild.StandardError.ReadToEnd());
        return JsonNode.Parse(output)!;
    }
}
