using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Editing;

/// <summary>
/// Whether two ORUK documents say the same, as JSON: our <c>provenance</c> (when it was imported, not
/// what) is left out at any depth, and so is <c>last_modified</c> (a consequence of an edit here, not part
/// of it) unless the publisher's own date is being compared.
/// </summary>
public static class DocumentComparison
{
    private const string Provenance = "provenance";
    private const string LastModified = "last_modified";

    public static bool SaySame<T>(T left, T right, bool comparingLastModified = false) =>
        JsonNode.DeepEquals(Comparable(left, comparingLastModified), Comparable(right, comparingLastModified));

    /// <summary>The top-level fields whose values differ, in the document's order (<c>name</c>, <c>schedules</c>).</summary>
    public static IReadOnlyList<string> ChangedFields(ServiceDocument? before, ServiceDocument after)
    {
        var old = before is null ? new JsonObject() : Comparable(before, comparingLastModified: false);
        var now = Comparable(after, comparingLastModified: false);
        return now.Select(field => field.Key)
            .Concat(old.Select(field => field.Key).Where(name => !now.ContainsKey(name)))
            .Where(name => !JsonNode.DeepEquals(old[name], now[name]))
            .ToList();
    }

    public static string Serialize(ServiceDocument document) => JsonSerializer.Serialize(document, OpenReferralJson.Options);

    private static JsonObject Comparable<T>(T document, bool comparingLastModified)
    {
        var json = JsonSerializer.SerializeToNode(document, OpenReferralJson.Options)?.AsObject() ?? new JsonObject();
        Strip(json, comparingLastModified);
        return json;
    }

    private static void Strip(JsonNode? node, bool comparingLastModified)
    {
        switch (node)
        {
            case JsonObject record:
                record.Remove(Provenance);
                if (!comparingLastModified)
                {
                    record.Remove(LastModified);
                }

                foreach (var (_, value) in record)
                {
                    Strip(value, comparingLastModified);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Strip(item, comparingLastModified);
                }

                break;
        }
    }
}
