using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Platform.Testing;

/// <summary>
/// Answers the one question a service's readiness asks its Dapr sidecar (<c>/v1.0/healthz/outbound</c>),
/// so readiness reflects the service itself; publishing goes to the gRPC address, where nothing listens,
/// so events stay in the outbox for the tests to read.
/// </summary>
public sealed class SidecarHealthStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SidecarHealthStandIn(WebApplication app, string httpEndpoint, string grpcEndpoint)
    {
        _app = app;
        HttpEndpoint = httpEndpoint;
        GrpcEndpoint = grpcEndpoint;
    }

    public string HttpEndpoint { get; }

    public string GrpcEndpoint { get; }

    public static async Task<SidecarHealthStandIn> StartAsync()
    {
        var ports = LoopbackPorts.Take(2);
        var builder = WebApplication.CreateSlimBuilder();

        // A test's output folder holds services' appsettings.json, whose Kestrel endpoints would win over ours.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [WebHostDefaults.ServerUrlsKey] = $"http://127.0.0.1:{ports[0]}" });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/v1.0/healthz/outbound", () => Results.NoContent());
        await app.StartAsync();
        return new SidecarHealthStandIn(app, $"http://127.0.0.1:{ports[0]}", $"http://127.0.0.1:{ports[1]}");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
