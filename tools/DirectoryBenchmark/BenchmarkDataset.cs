using System.Globalization;
using System.Security.Cryptography;
using DirectoryDataGenerator;

namespace DirectoryBenchmark;

/// <summary>
/// The generated directory the benchmark loads, and its fingerprint: a hash of the file's length and
/// first mebibyte (its first few hundred services), which changes whenever the generator's output does.
/// The file is written afresh on every run (seconds, and deterministic), so it always comes from this
/// build's generator; the fingerprint names the databases, so a database seeded from an older
/// generator's file is never mistaken for this one.
/// </summary>
public sealed record BenchmarkDataset(string Path, string Fingerprint)
{
    public static BenchmarkDataset Generate(string folder, int services, int seed, TextWriter log)
    {
        System.IO.Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"directory-{services}-seed{seed}.json"));
        log.WriteLine($"Generating {services:N0} services into {path}...");
        var exitCode = GeneratorCommand.Run(
            ["--count", services.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--output", path],
            log, Console.Error, progressOnOneLine: !Console.IsErrorRedirected);
        if (exitCode != GeneratorCommand.Written)
        {
            throw new BenchmarkException($"The generator could not write {path} (exit code {exitCode}).");
        }

        return new BenchmarkDataset(path, FingerprintOf(path));
    }

    private static string FingerprintOf(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[Math.Min(file.Length, 1 << 20)];
        file.ReadExactly(head);
        var hash = SHA256.HashData([.. BitConverter.GetBytes(file.Length), .. head]);
        return Convert.ToHexStringLower(hash)[..10];
    }
}
