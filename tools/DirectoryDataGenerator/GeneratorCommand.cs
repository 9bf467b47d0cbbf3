using System.Diagnostics;
using System.Globalization;

namespace DirectoryDataGenerator;

/// <summary>Runs the generator from its command line: arguments, progress on stderr, a summary on stdout.</summary>
public static class GeneratorCommand
{
    public const int Written = 0;
    public const int WriteFailed = 1;
    public const int BadArguments = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors, bool progressOnOneLine = false)
    {
        var arguments = GeneratorArguments.Parse(args);
        if (arguments.ShowHelp)
        {
            output.WriteLine(GeneratorArguments.Usage);
            return Written;
        }

        if (arguments.Error is { } error)
        {
            errors.WriteLine($"error: {error}");
            errors.WriteLine("Run with --help to see the options.");
            return BadArguments;
        }

        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        void Progress(int written)
        {
            var now = clock.Elapsed;
            if (written != arguments.Count && now - lastReport < TimeSpan.FromSeconds(progressOnOneLine ? 0.25 : 2))
            {
                return;
            }

            lastReport = now;
            var rate = written / Math.Max(now.TotalSeconds, 0.001);
            var line = string.Create(CultureInfo.InvariantCulture, $"{written:N0} / {arguments.Count:N0} services ({rate:N0} a second)");
            if (progressOnOneLine)
            {
                errors.Write($"\r{line}   ");
                if (written == arguments.Count)
                {
                    errors.WriteLine();
                }
            }
            else
            {
                errors.WriteLine(line);
            }
        }

        DatasetSummary summary;
        var partial = arguments.Output + ".partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                summary = new DatasetWriter(arguments.Seed, arguments.Indented).Write(file, arguments.Count, Progress);
            }

            File.Move(partial, arguments.Output, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine();
            errors.WriteLine($"error: could not write {arguments.Output}: {exception.Message}");
            TryDelete(partial);
            return WriteFailed;
        }

        clock.Stop();
        var size = new FileInfo(arguments.Output).Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {summary.Services:N0} services from {summary.Organizations:N0} organisations at {summary.PhysicalLocations:N0} places " +
            $"(and {summary.VirtualLocations:N0} phone or online locations) to {arguments.Output}: " +
            $"{size / 1048576.0:N1} MB in {clock.Elapsed.TotalSeconds:N1} s ({summary.Services / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} services a second), seed {arguments.Seed}."));
        return Written;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
