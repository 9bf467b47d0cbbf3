using System.Text.Json;

namespace DevSidecar.Subscriptions;

/// <summary>
/// One entry of the JSON array an app answers on <c>GET /dapr/subscribe</c>. Field names are matched without
/// regard to case, as Dapr's Go decoder does: the Dapr docs write <c>pubsubname</c>, the .NET SDK's
/// <c>MapSubscribeHandler</c> writes <c>pubsubName</c>.
/// </summary>
internal sealed class SubscriptionDocument
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public string? PubsubName { get; init; }

    public string? Topic { get; init; }

    /// <summary>The older form: one route for every event of the topic.</summary>
    public string? Route { get; init; }

    /// <summary>The newer form: rules tried in order, then a default route.</summary>
    public RoutesDocument? Routes { get; init; }

    public string? DeadLetterTopic { get; init; }

    public Dictionary<string, string>? Metadata { get; init; }

    /// <exception cref="JsonException">The answer is not a JSON array of subscriptions.</exception>
    public static IReadOnlyList<SubscriptionDocument> ParseAll(string json) =>
        JsonSerializer.Deserialize<List<SubscriptionDocument?>>(json, JsonOptions)?.OfType<SubscriptionDocument>().ToList() ?? [];

    internal sealed class RoutesDocument
    {
        public List<RuleDocument>? Rules { get; init; }

        public string? Default { get; init; }
    }

    internal sealed class RuleDocument
    {
        public string? Match { get; init; }

        public string? Path { get; init; }
    }
}
