using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Events;

namespace Offers.Api.Tests;

/// <summary>
/// Delivers events to the host as the Dapr sidecar does: it reads the routes from
/// <c>/dapr/subscribe</c> and posts each event as a structured CloudEvent.
/// </summary>
public sealed class DaprDeliveries(HttpClient http)
{
    private Dictionary<string, string>? _routes;

    public async Task<JsonArray> SubscriptionsAsync() =>
        JsonNode.Parse(await http.GetStringAsync("/dapr/subscribe"))!.AsArray();

    /// <returns>The status the app answered: SUCCESS, RETRY or DROP.</returns>
    public async Task<string> DeliverAsync(string topic, IntegrationEvent integrationEvent)
    {
        var route = (await RoutesAsync())[topic];
        var envelope = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = Guid.NewGuid().ToString(),
            ["type"] = "com.dapr.event.sent",
            ["source"] = "referrals",
            ["topic"] = topic,
            ["pubsubname"] = "pubsub",
            ["datacontenttype"] = "application/json",
            ["data"] = JsonSerializer.SerializeToNode(integrationEvent, integrationEvent.GetType(), JsonSerializerOptions.Web),
        };
        using var content = new StringContent(envelope.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");

        using var response = await http.PostAsync("/" + route, content);
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!;
    }

    private async Task<Dictionary<string, string>> RoutesAsync() =>
        _routes ??= (await SubscriptionsAsync()).ToDictionary(s => (string)s!["topic"]!, s => (string)s!["route"]!);
}
