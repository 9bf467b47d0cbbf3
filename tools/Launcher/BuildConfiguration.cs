using System.Reflection;

namespace Launcher;

internal static class BuildConfiguration
{
    /// <summary>The launcher starts the build output of its own configuration (Debug or Release).</summary>
    public static string Current { get; } =
        typeof(BuildConfiguration).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
