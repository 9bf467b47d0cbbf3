using System.Globalization;
using DirectoryDataGenerator;

namespace DirectoryBenchmark;

/// <summary>The generated directory the benchmark loads: written once per size and seed, then reused.</summary>
public static class BenchmarkDataset
{
    public static string Ensure(string folder, int services, int seed, TextWriter log)
    {
        System.IO.Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"directory-{services}-seed{seed}.json"));
        if (File.Exists(path))
        {
            log.WriteLine($"Dataset: {path} (already generated).");
            return path;
        }

        log.WriteLine($"Generating {services:N0} services into {path}...");
        // The generator writes to a .partial file and renames it when complete, so an interrupted run leaves no file that looks whole.
        var exitCode = GeneratorCommand.Run(
            ["--count", services.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--output", path],
            log, Console.Error, progressOnOneLine: !Console.IsErrorRedirected);
        return exitCode == GeneratorCommand.Written
            ? path
            : throw new BenchmarkException($"The generator could not write {path} (exit code {exitCode}).");
    }
}
