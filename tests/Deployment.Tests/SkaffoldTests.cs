using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using k8s.Models;
using Platform.Testing;
using YamlDotNet.RepresentationModel;

namespace Deployment.Tests;

/// <summary>skaffold.yaml builds every deployed process with the SDK's container support and deploys each with the image it built.</summary>
public sealed class SkaffoldTests
{
    private static readonly YamlMappingNode Config = Load();

    [Theory]
    [MemberData(nameof(DeployedProcess.Names), MemberType = typeof(DeployedProcess))]
    public void Every_process_is_built_from_its_project_by_the_container_build_script(string process)
    {
        var artifact = Artifacts().SingleOrDefault(a => Scalar(a, "image") == $"neighbourhood-care/{process}");

        Assert.True(artifact is not null, $"skaffold.yaml builds no image neighbourhood-care/{process}.");
        Assert.Equal(".", Scalar(artifact, "context"));
        Assert.Equal($"tools/build-image.sh {DeployedProcess.Named(process).Project}", Scalar((YamlMappingNode)artifact["custom"], "buildCommand"));
    }

    [Fact]
    public void Skaffold_builds_no_image_that_is_not_deployed()
    {
        Assert.Equal(DeployedProcess.All.Select(p => $"neighbourhood-care/{p.Name}").Order(), Artifacts().Select(a => Scalar(a, "image")).Order());
    }

    [Fact]
    public void The_build_script_is_there_and_executable()
    {
        var script = new FileInfo(RepositoryFiles.PathOf("tools", "build-image.sh"));

        Assert.True(script.Exists);
        Assert.True(script.UnixFileMode.HasFlag(UnixFileMode.UserExecute));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Every_app_and_its_migration_job_run_the_image_Skaffold_built_for_it(string environment)
    {
        var release = (YamlMappingNode)((YamlSequenceNode)Path(Config, "deploy", "helm", "releases"))[0];
        var templates = (YamlMappingNode)release["setValueTemplates"];
        var built = DeployedProcess.All.ToDictionary(p => p.Name, p => $"registry.example.org/neighbourhood-care/{p.Name}:abc123");

        // Skaffold fills {{.IMAGE_FULLY_QUALIFIED_<image, with / - . as _>}} with the image it built.
        var setValues = templates.Children.Select(entry =>
        {
            var key = ((YamlScalarNode)entry.Key).Value!;
            var image = ((YamlScalarNode)entry.Value).Value!.Replace("{{.IMAGE_FULLY_QUALIFIED_neighbourhood_care_", "", StringComparison.Ordinal).TrimEnd('}');
            return (key, built[image]);
        }).ToArray();
        var chart = RenderedChart.Render(environment, setValues);

        Assert.All(DeployedProcess.All, process =>
        {
            Assert.Equal(built[process.Name], chart.DeploymentOf(process.Name).Spec.Template.Spec.Containers[0].Image);
            Assert.All(chart.OfComponent<V1Job>($"{process.Name}-migrate"), job => Assert.Equal(built[process.Name], job.Spec.Template.Spec.Containers[0].Image));
        });
    }

    [Theory]
    [InlineData("dev", "values-dev.yaml")]
    [InlineData("production", "values-production.yaml")]
    public void Each_profile_deploys_the_chart_with_its_environments_values(string profile, string valuesFile)
    {
        var release = (YamlMappingNode)((YamlSequenceNode)Path(Config, "deploy", "helm", "releases"))[0];
        var valuesFiles = ValuesFilesOf(profile, release);

        Assert.Equal("charts/neighbourhood-care", Scalar(release, "chartPath"));
        Assert.Equal([$"charts/neighbourhood-care/{valuesFile}"], valuesFiles);
        Assert.True(File.Exists(RepositoryFiles.PathOf(valuesFiles[0])));
    }

    /// <summary>The values files a profile deploys with: the release's own, unless the profile's patches replace them.</summary>
    private static List<string> ValuesFilesOf(string profileName, YamlMappingNode release)
    {
        var profile = ((YamlSequenceNode)Config["profiles"]).Cast<YamlMappingNode>().Single(p => Scalar(p, "name") == profileName);
        var replaced = profile.Children.TryGetValue("patches", out var patches)
            ? ((YamlSequenceNode)patches).Cast<YamlMappingNode>().SingleOrDefault(p => Scalar(p, "path") == "/deploy/helm/releases/0/valuesFiles")
            : null;
        var files = replaced is null ? (YamlSequenceNode)release["valuesFiles"] : (YamlSequenceNode)replaced["value"];
        return [.. files.Cast<YamlScalarNode>().Select(f => f.Value!)];
    }

    private static IEnumerable<YamlMappingNode> Artifacts() => ((YamlSequenceNode)Path(Config, "build", "artifacts")).Cast<YamlMappingNode>();

    private static YamlNode Path(YamlMappingNode node, params string[] keys) =>
        keys.Aggregate((YamlNode)node, (current, key) => ((YamlMappingNode)current)[key]);

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryFiles.PathOf("skaffold.yaml"));
        stream.Load(reader);
        var config = (YamlMappingNode)stream.Documents.Single().RootNode;
        Assert.Equal("skaffold/v4beta13", Scalar(config, "apiVersion"));
        return config;
    }
}
