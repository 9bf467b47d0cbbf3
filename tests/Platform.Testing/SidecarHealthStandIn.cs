using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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
        var app = LoopbackApp.CreateBuilder(ports[0]).Build();
        app.MapGet("/v1.0/healthz/outbound", () => Results.NoContent());
        await app.StartAsync();
        return new SidecarHealthStandIn(app, $"http://127.0.0.1:{ports[0]}", $"http://127.0.0.1:{ports[1]}");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
