namespace Launcher;

/// <summary>One process's loopback ports: HTTP/1.1 for REST and Dapr callbacks, and HTTP/2 for gRPC where it serves it.</summary>
public sealed record ComponentPorts(int Http, int? Grpc = null);

/// <summary>The loopback ports of every process. Fixed by default so bookmarks keep working; tests take free ones.</summary>
public sealed class PlatformPorts(IReadOnlyDictionary<string, ComponentPorts> byComponent)
{
    private readonly IReadOnlyDictionary<string, ComponentPorts> _byComponent = byComponent;

    public static PlatformPorts Default { get; } = new(new Dictionary<string, ComponentPorts>
    {
        [PlatformTopology.Sidecar] = new(3500, 50001),
        [PlatformTopology.Directory] = new(5101, 5102),
        [PlatformTopology.Referrals] = new(5111, 5112),
        [PlatformTopology.Appointments] = new(5121, 5122),
        [PlatformTopology.Offers] = new(5131, 5132),
        [PlatformTopology.Portal] = new(5200),
        [PlatformTopology.Gateway] = new(5000),
    });

    public ComponentPorts For(string component) => _byComponent[component];

    /// <summary>The same shape as <see cref="Default"/>, on ports handed out by <paramref name="takeFreePorts"/>.</summary>
    public static PlatformPorts Free(Func<int, int[]> takeFreePorts)
    {
        var needed = Default._byComponent.Sum(c => c.Value.Grpc is null ? 1 : 2);
        var free = new Queue<int>(takeFreePorts(needed));
        return new PlatformPorts(Default._byComponent.ToDictionary(
            c => c.Key,
            c => new ComponentPorts(free.Dequeue(), c.Value.Grpc is null ? null : free.Dequeue())));
    }
}
