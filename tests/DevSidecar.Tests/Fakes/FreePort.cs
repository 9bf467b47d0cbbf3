using System.Net;
using System.Net.Sockets;

namespace DevSidecar.Tests.Fakes;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on now, for an app that is configured before it starts.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
