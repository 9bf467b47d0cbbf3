using System.Net;
using System.Net.Sockets;

namespace Launcher;

/// <summary>The loopback ports of every process. Fixed by default so bookmarks keep working; free ones for tests.</summary>
public sealed record PlatformPorts(
    int Gateway,
    int DirectoryHttp,
    int DirectoryGrpc)
{
    public static PlatformPorts Default { get; } = new(5000, 5101, 5102);

    /// <summary>Ports the operating system says are free now, so several test runs can share a machine.</summary>
    public static PlatformPorts Free()
    {
        var ports = TakeFreePorts(3);
        return new PlatformPorts(ports[0], ports[1], ports[2]);
    }

    private static int[] TakeFreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}
