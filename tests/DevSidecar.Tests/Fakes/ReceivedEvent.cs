using System.Text.Json;

namespace DevSidecar.Tests.Fakes;

/// <summary>A request the sidecar made to a fake app's subscription route.</summary>
internal sealed record ReceivedEvent(string Path, string? ContentType, string? TraceParentHeader, JsonElement CloudEvent)
{
    public string Id => Attribute("id")!;

    public string? Topic => Attribute("topic");

    public JsonElement Data => CloudEvent.GetProperty("data");

    /// <summary>The <c>name</c> the tests put in an event's data, to tell their events apart.</summary>
    public string? Name => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("name", out var name) ? name.GetString() : null;

    public string? Attribute(string attribute) =>
        CloudEvent.TryGetProperty(attribute, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
