using DevSidecar.Publishing;
using DevSidecar.Subscriptions;
using Microsoft.Extensions.Options;

namespace DevSidecar.Hosting;

/// <summary>The part of the Dapr sidecar's API (https://docs.dapr.io/reference/api/) that the services use.</summary>
internal static class DaprApi
{
    private const string MetadataQueryPrefix = "metadata.";

    public static void MapDaprHttpApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1.0/publish/{pubsubname}/{**topic}", PublishAsync);
        // The SDK's CheckHealthAsync and WaitForSidecarAsync poll these; the sidecar is ready once it listens.
        endpoints.MapGet("/v1.0/healthz", () => Results.NoContent());
        endpoints.MapGet("/v1.0/healthz/outbound", () => Results.NoContent());
        endpoints.MapGet("/v1.0/metadata", Metadata);
    }

    public static void MapDaprGrpcApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<DaprPublishGrpcService>();

    /// <summary>
    /// <c>POST /v1.0/publish/{pubsubname}/{topic}</c>: the body is the event, its Content-Type the event's content
    /// type (<c>application/cloudevents+json</c> for a CloudEvent the publisher formed), and query parameters
    /// <c>metadata.*</c> the publish metadata.
    /// </summary>
    private static async Task<IResult> PublishAsync(
        string pubsubname,
        string topic,
        HttpRequest request,
        TopicPublisher publisher,
        CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var metadata = request.Query
            .Where(parameter => parameter.Key.StartsWith(MetadataQueryPrefix, StringComparison.Ordinal))
            .ToDictionary(parameter => parameter.Key[MetadataQueryPrefix.Length..], parameter => parameter.Value.ToString());
        var published = new PublishedEvent(
            pubsubname,
            topic,
            body.ToArray(),
            request.ContentType,
            metadata,
            NullIfEmpty(request.Headers["traceparent"].ToString()),
            NullIfEmpty(request.Headers["tracestate"].ToString()));
        var rejection = await publisher.PublishAsync(published, cancellationToken);
        return rejection is null
            ? Results.NoContent()
            : Results.Json(new { errorCode = rejection.ErrorCode, message = rejection.Message }, statusCode: rejection.HttpStatusCode);
    }

    /// <summary>A small form of Dapr's metadata API: enough to see which subscriptions the sidecar has found.</summary>
    private static IResult Metadata(SubscriptionRegistry registry, IOptions<PubSubOptions> pubSubs) => Results.Json(new
    {
        id = CloudEventEnvelope.DefaultSource,
        runtimeVersion = "dev-sidecar",
        components = pubSubs.Value.Names.Select(name => new { name, type = "pubsub.in-memory", version = "v1" }),
        subscriptions = registry.All.Select(subscription => new
        {
            appId = subscription.AppId,
            pubsubname = subscription.PubSubName,
            topic = subscription.Topic,
            deadLetterTopic = subscription.DeadLetterTopic ?? "",
            rules = subscription.Rules
                .Select(rule => new { match = rule.Match, path = rule.Path })
                .Concat(subscription.DefaultRoute is { } route ? [new { match = "", path = route }] : []),
        }),
    });

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
