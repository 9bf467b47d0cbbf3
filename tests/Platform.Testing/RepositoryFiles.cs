using System.Reflection;

namespace Platform.Testing;

/// <summary>Paths into the repository the tests were built from (its seed data, schemas and build output).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } =
        Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The test assembly carries no RepositoryRoot metadata (see tests/Directory.Build.props).");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
