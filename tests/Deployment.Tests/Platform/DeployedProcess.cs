using System.Text.RegularExpressions;
using Platform.Testing;

namespace Deployment.Tests.Platform;

/// <summary>
/// A process the platform deploys: a web host project in Platform.sln under services/ or gateway/. Read from
/// the solution, not listed here, so that a service added to the solution and not to the chart fails the tests.
/// </summary>
/// <param name="Name">Its name everywhere else: the project's name without ".Api", in lower case (Container.props' rule).</param>
/// <param name="Project">The project file, relative to the repository, with forward slashes.</param>
public sealed partial record DeployedProcess(string Name, string Project)
{
    public static IReadOnlyList<DeployedProcess> All { get; } = FromSolution();

    public static IReadOnlyList<DeployedProcess> Services { get; } = [.. All.Where(p => p.IsService)];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    /// <summary>A service (*.Api) owns a database, serves gRPC and has a Dapr sidecar; the Portal and the gateway do not.</summary>
    public bool IsService => ProjectName.EndsWith(".Api", StringComparison.Ordinal);

    public string ProjectName => Path.GetFileNameWithoutExtension(Project);

    public string Folder => Path.GetDirectoryName(Project)!.Replace('\\', '/');

    public static DeployedProcess Named(string name) => All.Single(p => p.Name == name);

    private static List<DeployedProcess> FromSolution()
    {
        var solution = File.ReadAllText(RepositoryFiles.PathOf("Platform.sln"));
        return [.. ProjectLine().Matches(solution)
            .Select(match => match.Groups["path"].Value.Replace('\\', '/'))
            .Where(path => path.StartsWith("services/", StringComparison.Ordinal) || path.StartsWith("gateway/", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(RepositoryFiles.PathOf(path)).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal))
            .Select(path => new DeployedProcess(
                Path.GetFileNameWithoutExtension(path).Replace(".Api", "", StringComparison.Ordinal).ToLowerInvariant(),
                path))];
    }

    [GeneratedRegex("""^Project\("\{[^}]+\}"\) = "[^"]+", "(?<path>[^"]+\.csproj)", """, RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
