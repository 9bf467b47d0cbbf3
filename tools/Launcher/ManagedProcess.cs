using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Launcher;

/// <summary>
/// One child process of the local platform: started with its own settings, its output streamed
/// line by line with its name in front, stopped gently (SIGTERM, then a kill if it hangs).
/// </summary>
public sealed partial class ManagedProcess(
    PlatformComponent component,
    string assemblyPath,
    IReadOnlyDictionary<string, string> environment,
    Action<string, string> log) : IAsyncDisposable
{
    private const int RecentLineCount = 200;
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(15);
    private readonly Queue<string> _recentLines = new();
    private Process? _process;

    public PlatformComponent Component { get; } = component;

    public bool HasExited => _process is null || _process.HasExited;

    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : null;

    public void Start()
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"{Component.Name} is not built: {assemblyPath} is missing. Build the solution first.", assemblyPath);
        }

        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(assemblyPath);
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Receive(e.Data);
        process.ErrorDataReceived += (_, e) => Receive(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>The last lines the process wrote: what to show when it failed to start.</summary>
    public IReadOnlyList<string> RecentLines()
    {
        lock (_recentLines)
        {
            return [.. _recentLines];
        }
    }

    /// <summary>Asks the process to stop (SIGTERM, as Kubernetes does) and waits; kills it if it does not.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        if (SendSignal(process.Id, Sigterm) != 0)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(GracefulStopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Ends the process at once, with no chance to clean up: a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_recentLines)
        {
            _recentLines.Enqueue(line);
            if (_recentLines.Count > RecentLineCount)
            {
                _recentLines.Dequeue();
            }
        }

        log(Component.Name, line);
    }

    private const int Sigterm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
