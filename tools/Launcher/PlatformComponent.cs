namespace Launcher;

/// <summary>One process of the platform: where its build output is and which ports it listens on.</summary>
public sealed record PlatformComponent(
    string Name,
    string ProjectFolder,
    string AssemblyName,
    int HttpPort,
    int? GrpcPort = null,
    string ReadyPath = "/health/ready")
{
    public string HttpUrl => $"http://127.0.0.1:{HttpPort}";

    public string? GrpcUrl => GrpcPort is { } port ? $"http://127.0.0.1:{port}" : null;

    public string AssemblyPath(string repositoryRoot, string configuration) =>
        Path.Combine(repositoryRoot, ProjectFolder, "bin", configuration, "net10.0", AssemblyName + ".dll");
}
