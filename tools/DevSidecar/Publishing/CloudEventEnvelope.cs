using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DevSidecar.Publishing;

/// <summary>
/// A CloudEvents 1.0 envelope built the way Dapr builds it for a publish (components-contrib
/// <c>pubsub/envelope.go</c>): immutable once built, because one envelope goes to every subscription of its topic.
/// </summary>
internal sealed class CloudEventEnvelope
{
    public const string MediaType = "application/cloudevents+json";

    /// <summary>The source Dapr would give the publishing app's id; one sidecar serves every app, so it names itself.</summary>
    public const string DefaultSource = "dev-sidecar";

    public const string DefaultType = "com.dapr.event.sent";

    private const string OverridePrefix = "cloudevent.";
    private static readonly string[] OverridableAttributes = ["id", "source", "type", "subject", "traceparent", "traceid", "tracestate"];

    private readonly Dictionary<string, string> _stringAttributes;

    private CloudEventEnvelope(JsonObject fields)
    {
        Utf8Json = JsonSerializer.SerializeToUtf8Bytes(fields);
        _stringAttributes = fields
            .Where(field => field.Value?.GetValueKind() == JsonValueKind.String)
            .ToDictionary(field => field.Key, field => field.Value!.GetValue<string>(), StringComparer.Ordinal);
    }

    public ReadOnlyMemory<byte> Utf8Json { get; }

    public string Id => _stringAttributes["id"];

    public string PubSubName => _stringAttributes["pubsubname"];

    public string Topic => _stringAttributes["topic"];

    public string? TraceParent => Attribute("traceparent");

    public string? TraceState => Attribute("tracestate");

    /// <summary>A top-level attribute with a string value (what routing rules compare), or null.</summary>
    public string? Attribute(string name) => _stringAttributes.GetValueOrDefault(name);

    /// <summary>
    /// Wraps the published data in a new envelope, or completes a CloudEvent the publisher formed itself
    /// (content type <c>application/cloudevents+json</c>). Returns null with a reason when that CloudEvent is invalid.
    /// </summary>
    public static CloudEventEnvelope? Create(PublishedEvent published, DateTimeOffset now, out string? invalidReason)
    {
        invalidReason = null;
        var contentType = string.IsNullOrWhiteSpace(published.ContentType) ? "text/plain" : published.ContentType;
        if (HasMediaType(contentType, MediaType))
        {
            return Complete(published, now, out invalidReason);
        }

        var overrides = OverridableAttributes
            .Select(name => (Name: name, Value: published.Metadata.GetValueOrDefault(OverridePrefix + name)))
            .Where(entry => !string.IsNullOrEmpty(entry.Value))
            .ToDictionary(entry => entry.Name, entry => entry.Value!, StringComparer.Ordinal);
        var fields = new JsonObject
        {
            ["id"] = overrides.GetValueOrDefault("id") ?? Guid.NewGuid().ToString(),
            ["specversion"] = "1.0",
            ["datacontenttype"] = contentType,
            ["source"] = overrides.GetValueOrDefault("source") ?? DefaultSource,
            ["type"] = overrides.GetValueOrDefault("type") ?? DefaultType,
            ["topic"] = published.Topic,
            ["pubsubname"] = published.PubSubName,
            ["time"] = FormatTime(now),
        };
        if (overrides.GetValueOrDefault("subject") is { } subject)
        {
            fields["subject"] = subject;
        }

        AddTraceContext(
            fields,
            overrides.GetValueOrDefault("traceparent") ?? published.TraceParent,
            overrides.GetValueOrDefault("traceid"),
            overrides.GetValueOrDefault("tracestate") ?? published.TraceState);
        AddData(fields, contentType, published.Data.Span);
        return new CloudEventEnvelope(fields);
    }

    /// <summary>
    /// The same event on another topic of the same pub/sub, as Dapr republishes a message to a dead-letter topic:
    /// same id and data, with the topic it now travels on.
    /// </summary>
    public CloudEventEnvelope RedirectedTo(string topic)
    {
        var fields = JsonNode.Parse(Utf8Json.Span)!.AsObject();
        fields["topic"] = topic;
        return new CloudEventEnvelope(fields);
    }

    private static CloudEventEnvelope? Complete(PublishedEvent published, DateTimeOffset now, out string? invalidReason)
    {
        JsonObject? fields;
        try
        {
            fields = JsonNode.Parse(published.Data.Span) as JsonObject;
        }
        catch (JsonException)
        {
            fields = null;
        }

        if (fields is null)
        {
            invalidReason = "the body is not a JSON object";
            return null;
        }

        if (fields["id"]?.GetValueKind() != JsonValueKind.String)
        {
            invalidReason = "it has no string 'id'";
            return null;
        }

        invalidReason = null;
        fields["topic"] = published.Topic;
        fields["pubsubname"] = published.PubSubName;
        AddIfMissing(fields, "specversion", "1.0");
        AddIfMissing(fields, "source", DefaultSource);
        AddIfMissing(fields, "type", DefaultType);
        AddIfMissing(fields, "time", FormatTime(now));
        if (fields["traceparent"] is null)
        {
            AddTraceContext(fields, published.TraceParent, traceId: null, published.TraceState);
        }

        return new CloudEventEnvelope(fields);
    }

    private static void AddTraceContext(JsonObject fields, string? traceParent, string? traceId, string? traceState)
    {
        if (string.IsNullOrEmpty(traceParent))
        {
            return;
        }

        fields["traceparent"] = traceParent;
        // Dapr still writes the older traceid attribute, with the same value unless overridden.
        fields["traceid"] = traceId ?? traceParent;
        if (!string.IsNullOrEmpty(traceState))
        {
            fields["tracestate"] = traceState;
        }
    }

    /// <summary>JSON data is embedded as JSON, binary as data_base64, anything else as a string, as Dapr does.</summary>
    private static void AddData(JsonObject fields, string contentType, ReadOnlySpan<byte> data)
    {
        if (HasMediaType(contentType, "application/json"))
        {
            try
            {
                fields["data"] = JsonNode.Parse(data);
                return;
            }
            catch (JsonException)
            {
                // Dapr falls back to the text of data that claims to be JSON but is not.
            }
        }
        else if (HasMediaType(contentType, "application/octet-stream"))
        {
            fields["data_base64"] = Convert.ToBase64String(data);
            return;
        }

        fields["data"] = Encoding.UTF8.GetString(data);
    }

    private static void AddIfMissing(JsonObject fields, string name, string value)
    {
        if (fields[name] is null)
        {
            fields[name] = value;
        }
    }

    private static bool HasMediaType(string contentType, string mediaType) =>
        contentType.Split(';', 2)[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase);

    private static string FormatTime(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
