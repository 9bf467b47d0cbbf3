using System.Net;
using System.Text.Json;

namespace Deployment.Tests.Platform;

/// <summary>
/// What each service tells Dapr it subscribes to: its <c>GET /dapr/subscribe</c>, read from its real host.
/// A service that subscribes to nothing does not map the endpoint (404) and declares nothing.
/// </summary>
public sealed class DeclaredSubscriptions : IAsyncLifetime
{
    // Field names match without regard to case, as Dapr's decoder matches them (the .NET SDK writes pubsubName).
    private static readonly JsonSerializerOptions DaprJson = new(JsonSerializerDefaults.Web);

    public IReadOnlyDictionary<string, IReadOnlyList<Subscription>> ByService { get; private set; } =
        new Dictionary<string, IReadOnlyList<Subscription>>();

    public async ValueTask InitializeAsync()
    {
        var byService = new Dictionary<string, IReadOnlyList<Subscription>>();
        foreach (var service in ServiceHosts.Names)
        {
            await using var host = await ServiceHosts.StartAsync(service);
            using var response = await host.Http.GetAsync("/dapr/subscribe");
            byService[service] = response.StatusCode == HttpStatusCode.NotFound
                ? []
                : JsonSerializer.Deserialize<List<Subscription>>(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync(), DaprJson)!;
        }

        ByService = byService;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>One entry of Dapr's programmatic subscription contract.</summary>
    public sealed record Subscription(string PubsubName, string Topic, string? DeadLetterTopic);
}
