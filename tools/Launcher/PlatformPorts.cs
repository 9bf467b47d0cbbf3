namespace Launcher;

/// <summary>The loopback ports of every process. Fixed by default so bookmarks keep working; free ones for tests.</summary>
public sealed record PlatformPorts(
    int Gateway,
    int DirectoryHttp,
    int DirectoryGrpc)
{
    public static PlatformPorts Default { get; } = new(5000, 5101, 5102);
}
