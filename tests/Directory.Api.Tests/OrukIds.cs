using System.Text.Json.Nodes;

namespace Directory.Api.Tests;

/// <summary>
/// The ids in ORUK service documents, by the property that holds them. Organisations, locations and
/// taxonomy terms recur in many services: each must be the same object wherever it appears, and is
/// counted once. Shared with the generator's tests, which check generated data the same way.
/// </summary>
public static class OrukIds
{
    private static readonly HashSet<string> SharedObjects = ["organization", "location", "taxonomy_term"];

    /// <summary>Adds the ids of <paramref name="service"/> and everything nested in it to <paramref name="ids"/>.</summary>
    public static void Collect(JsonNode service, Dictionary<string, List<string>> ids, Dictionary<string, string> shared) =>
        Collect(service, "service", ids, shared);

    private static void Collect(JsonNode node, string kind, Dictionary<string, List<string>> ids, Dictionary<string, string> shared)
    {
        switch (node)
        {
            case JsonObject item:
                if ((string?)item["id"] is { } id)
                {
                    if (SharedObjects.Contains(kind))
                    {
                        var json = item.ToJsonString();
                        if (shared.TryGetValue($"{kind}/{id}", out var seen))
                        {
                            Assert.True(seen == json, $"The {kind} {id} differs between the services that share it.");
                            return;
                        }

                        shared[$"{kind}/{id}"] = json;
                    }

                    (ids.TryGetValue(kind, out var list) ? list : ids[kind] = []).Add(id);
                }

                foreach (var (name, child) in item)
                {
                    if (child is JsonObject or JsonArray)
                    {
                        Collect(child, name, ids, shared);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    Collect(child, kind, ids, shared);
                }

                break;
        }
    }
}
