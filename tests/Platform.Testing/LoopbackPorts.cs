using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>
/// Ports free on 127.0.0.1, handed out so that test hosts never collide. A port is checked free and
/// then bound later by a host, so two test processes running at once could pick the same one in
/// between: each port handed out is also claimed with a lock file that this process holds until it
/// exits (the kernel drops the lock even if it is killed). Ports come from below Linux's ephemeral range
/// (32768-60999), where the system picks the local ports of outgoing connections.
/// </summary>
public static class LoopbackPorts
{
    private const int First = 20000;
    private const int Last = 32000;
    private static readonly string ClaimFolder = Path.Combine(Path.GetTempPath(), "ncp-test-ports");
    private static readonly Dictionary<int, FileStream> Claimed = [];

    public static int[] Take(int count)
    {
        System.IO.Directory.CreateDirectory(ClaimFolder);
        var ports = new List<int>(count);
        lock (Claimed)
        {
            while (ports.Count < count)
            {
                var candidate = Random.Shared.Next(First, Last);
                if (!Claimed.ContainsKey(candidate) && TryClaim(candidate) && IsFree(candidate))
                {
                    ports.Add(candidate);
                }
            }
        }

        return [.. ports];
    }

    private static bool TryClaim(int port)
    {
        try
        {
            // FileShare.None is an exclusive lock on Unix too: another process cannot open the file while this one lives.
            Claimed[port] = new FileStream(Path.Combine(ClaimFolder, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
