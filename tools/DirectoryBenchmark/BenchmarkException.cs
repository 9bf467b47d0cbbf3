namespace DirectoryBenchmark;

/// <summary>Why the benchmark could not run, said for the person running it.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
