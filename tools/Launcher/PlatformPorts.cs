namespace Launcher;

/// <summary>The loopback ports of every process. Fixed by default so bookmarks keep working; tests pass free ones.</summary>
public sealed record PlatformPorts(
    int Gateway,
    int SidecarHttp,
    int SidecarGrpc,
    int DirectoryHttp,
    int DirectoryGrpc)
{
    /// <summary>How many ports <see cref="From"/> takes.</summary>
    public const int Count = 5;

    public static PlatformPorts Default { get; } = new(
        Gateway: 5000,
        SidecarHttp: 3500,
        SidecarGrpc: 50001,
        DirectoryHttp: 5101,
        DirectoryGrpc: 5102);

    public static PlatformPorts From(IReadOnlyList<int> ports) =>
        ports.Count == Count
            ? new PlatformPorts(ports[0], ports[1], ports[2], ports[3], ports[4])
            : throw new ArgumentException($"Give exactly {Count} ports.", nameof(ports));
}
