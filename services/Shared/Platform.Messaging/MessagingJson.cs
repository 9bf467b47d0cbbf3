using System.Text.Json;

namespace Platform.Messaging;

/// <summary>
/// One JSON shape for events on both sides: the outbox writes payloads with it and subscribers read
/// them with it. Web defaults match what <c>DaprClient</c> uses, so events published another way read the same.
/// </summary>
internal static class MessagingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
