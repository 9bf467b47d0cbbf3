using System.Net.Http.Headers;
using System.Text;
using DevSidecar.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DevSidecar.Tests.Fakes;

/// <summary>The real development sidecar, in process, on loopback ports of its own, with its logs recorded.</summary>
internal sealed class SidecarUnderTest : IAsyncDisposable
{
    private readonly WebApplication _sidecar;
    private bool _stopped;

    private SidecarUnderTest(WebApplication sidecar, LogRecorder logs)
    {
        _sidecar = sidecar;
        Logs = logs;
        var addresses = sidecar.Services.GetRequiredService<SidecarAddresses>();
        Http = addresses.Http;
        Grpc = addresses.Grpc;
        Client = new HttpClient { BaseAddress = Http };
    }

    public Uri Http { get; }

    public Uri Grpc { get; }

    public HttpClient Client { get; }

    public LogRecorder Logs { get; }

    /// <param name="apps">The apps to serve, by app id and address.</param>
    /// <param name="settings">Configuration over the test defaults (few, fast retries).</param>
    public static async Task<SidecarUnderTest> StartAsync(
        IEnumerable<(string AppId, Uri Url)> apps,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0",
            ["Delivery:MaxRetries"] = "2",
            ["Delivery:InitialBackoff"] = "00:00:00.010",
            ["Delivery:MaxBackoff"] = "00:00:00.050",
        };
        foreach (var (app, index) in apps.Select((app, index) => (app, index)))
        {
            configuration[$"Apps:{index}:AppId"] = app.AppId;
            configuration[$"Apps:{index}:Url"] = app.Url.ToString();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var logs = new LogRecorder();
        var sidecar = DevSidecarHost.Create([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
        });
        await sidecar.StartAsync(TestContext.Current.CancellationToken);
        return new SidecarUnderTest(sidecar, logs);
    }

    public static Task<SidecarUnderTest> StartAsync(FakeApp app, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync([("subscriber", app.Url)], settings);

    /// <summary>Publishes over Dapr's HTTP API, as <c>POST /v1.0/publish/pubsub/{topic}</c>.</summary>
    public async Task<HttpResponseMessage> PublishAsync(
        string topic,
        string body,
        string contentType = "application/json",
        string query = "",
        string pubSubName = "pubsub",
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v1.0/publish/{pubSubName}/{topic}{query}");
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Publishes an event whose data is <c>{"name": name}</c>, and checks that the sidecar took it.</summary>
    public async Task PublishNamedAsync(string topic, string name, string query = "")
    {
        using var response = await PublishAsync(topic, $$"""{"name":"{{name}}"}""", query: query);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
    }

    public async Task StopAsync()
    {
        _stopped = true;
        await _sidecar.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_stopped)
        {
            await _sidecar.StopAsync(CancellationToken.None);
        }

        await _sidecar.DisposeAsync();
    }
}
