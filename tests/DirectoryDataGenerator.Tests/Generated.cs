using System.Text.Json.Nodes;

namespace DirectoryDataGenerator.Tests;

/// <summary>Generated datasets, written to memory and parsed, for tests to inspect.</summary>
public static class Generated
{
    private static readonly Dictionary<(int Count, int Seed), JsonNode> Cache = [];

    public static byte[] Bytes(int count, int seed)
    {
        using var stream = new MemoryStream();
        new DatasetWriter(seed).Write(stream, count);
        return stream.ToArray();
    }

    public static JsonNode Dataset(int count, int seed = 42)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue((count, seed), out var dataset))
            {
                dataset = Cache[(count, seed)] = JsonNode.Parse(Bytes(count, seed))!;
            }

            return dataset;
        }
    }

    public static IEnumerable<JsonNode> Services(JsonNode dataset) => dataset["services"]!.AsArray().Select(service => service!);

    public static IEnumerable<JsonNode> Terms(JsonNode service, string taxonomy) =>
        service["attributes"]!.AsArray().Select(attribute => attribute!["taxonomy_term"]!).Where(term => (string?)term["taxonomy"] == taxonomy);
}
