using System.Text.Json;

namespace Platform.Messaging.Tests.Support;

/// <summary>A publish the fake sidecar accepted, as it arrived over gRPC.</summary>
public sealed record PublishedEvent(
    string PubSubName, string Topic, string DataContentType, string Data, IReadOnlyDictionary<string, string> Metadata)
{
    public Guid EventId
    {
        get
        {
            using var json = JsonDocument.Parse(Data);
            return json.RootElement.GetProperty("eventId").GetGuid();
        }
    }
}
