using DevSidecar.Publishing;

namespace DevSidecar.Subscriptions;

/// <summary>One app's subscription to one topic of one pub/sub, as the app declared it on <c>/dapr/subscribe</c>.</summary>
/// <param name="AppBaseUri">The app's callback address, ending in a slash.</param>
/// <param name="Rules">Routing rules, tried in order before <paramref name="DefaultRoute"/>.</param>
internal sealed record Subscription(
    string AppId,
    Uri AppBaseUri,
    string PubSubName,
    string Topic,
    IReadOnlyList<RouteRule> Rules,
    string? DefaultRoute,
    string? DeadLetterTopic)
{
    /// <summary>Identifies the subscription's delivery queue: one per app, pub/sub and topic.</summary>
    public string Key => $"{AppId}/{PubSubName}/{Topic}";

    /// <summary>The path of the first rule the event matches, else the default route; null when none applies.</summary>
    public string? RouteFor(CloudEventEnvelope envelope) =>
        Rules.FirstOrDefault(rule => rule.Matches(envelope))?.Path ?? DefaultRoute;

    /// <summary>Routes are relative to the app, with or without the leading slash the .NET SDK leaves out.</summary>
    public Uri CallbackUri(string route) => new(AppBaseUri, route.TrimStart('/'));
}
