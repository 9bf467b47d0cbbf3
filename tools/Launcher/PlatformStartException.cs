namespace Launcher;

/// <summary>A process of the platform did not come up; carries its last output so the cause is visible.</summary>
public sealed class PlatformStartException(string component, string reason, IReadOnlyList<string> recentLines)
    : Exception($"{component} {reason}. Its last output:{Environment.NewLine}{string.Join(Environment.NewLine, recentLines)}")
{
    public string Component { get; } = component;
}
