using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EndToEnd.Tests;

/// <summary>Places on a service's current offers, as anyone signed in sees them through the gateway.</summary>
internal sealed record OfferPlaces(int Held, int Taken, int Left)
{
    public static async Task<OfferPlaces> OfAsync(HttpClient client, string serviceId)
    {
        var body = await client.GetFromJsonAsync<JsonNode>($"/api/offers?service_id={serviceId}");
        var offers = body!["offers"]!.AsArray();
        return new OfferPlaces(
            offers.Sum(o => (int)o!["placesHeld"]!),
            offers.Sum(o => (int)o!["placesTaken"]!),
            offers.Sum(o => (int)o!["placesLeft"]!));
    }
}
