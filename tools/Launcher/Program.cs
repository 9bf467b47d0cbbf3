using System.Runtime.InteropServices;
using Launcher;

var arguments = LauncherArguments.Parse(args);
if (arguments.ShowHelp)
{
    Console.WriteLine(LauncherArguments.Usage);
    return 0;
}

if (arguments.Error is { } error)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(LauncherArguments.Usage);
    return 2;
}

var root = RepositoryRoot.Find();
var options = new PlatformOptions
{
    RepositoryRoot = root,
    DataFolder = arguments.DataFolder ?? Path.Combine(root, ".data"),
    PostgresServer = arguments.PostgresServer,
    Ports = PlatformPorts.Default,
};

using var stopping = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stopping.Cancel();
}

await using var platform = new LocalPlatform(options, ConsoleLog.Write);
try
{
    Console.WriteLine($"Starting the platform ({(options.PostgresServer is null ? "SQLite in " + options.DataFolder : "PostgreSQL")})...");
    await platform.StartAsync(stopping.Token);
}
catch (PlatformStartException failure)
{
    Console.Error.WriteLine(failure.Message);
    return 1;
}
catch (OperationCanceledException)
{
    return 130;
}

await Banner.PrintAsync(platform);
try
{
    await Task.Delay(Timeout.Infinite, stopping.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopping...");
}

return 0;
