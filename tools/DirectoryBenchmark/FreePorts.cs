using System.Net;
using System.Net.Sockets;

namespace DirectoryBenchmark;

/// <summary>Loopback ports nothing listens on, so the benchmark's platform can run beside a developer's <c>tools/run.sh</c>.</summary>
public static class FreePorts
{
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ =>
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return listener;
        }).ToList();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
