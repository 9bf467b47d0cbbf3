using System.Collections.Concurrent;
using System.Net;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.Tests.Support;

/// <summary>
/// The part of a Dapr sidecar the library talks to, on loopback: gRPC <c>PublishEvent</c> (what
/// <c>DaprClient.PublishEventAsync</c> calls) and HTTP <c>/v1.0/healthz/outbound</c>. A real
/// <c>DaprClient</c> reaches it through Dapr's standard endpoint settings. It can refuse, hold or slow publishes.
/// </summary>
public sealed class FakeDaprSidecar : IAsyncDisposable
{
    private readonly ConcurrentQueue<PublishedEvent> accepted = new();
    private WebApplication? app;
    private int refusalsLeft;
    private int attempts;
    private int abandoned;
    private volatile TaskCompletionSource? hold;

    public string GrpcEndpoint { get; private set; } = "";

    public string HttpEndpoint { get; private set; } = "";

    /// <summary>Configuration that points <c>AddDaprClient</c> at this sidecar.</summary>
    public IReadOnlyDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["DAPR_GRPC_ENDPOINT"] = GrpcEndpoint,
        ["DAPR_HTTP_ENDPOINT"] = HttpEndpoint,
    };

    public IReadOnlyCollection<PublishedEvent> Accepted => accepted.ToArray();

    /// <summary>Publish calls received, whether accepted, refused or abandoned.</summary>
    public int Attempts => Volatile.Read(ref attempts);

    /// <summary>Publishes whose caller gave up (cancelled the call) before this sidecar answered.</summary>
    public int Abandoned => Volatile.Read(ref abandoned);

    public bool OutboundHealthy { get; set; } = true;

    public TimeSpan PublishDelay { get; set; }

    public static async Task<FakeDaprSidecar> StartAsync()
    {
        var sidecar = new FakeDaprSidecar();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        ListenOptions? grpc = null;
        ListenOptions? http = null;
        builder.WebHost.UseKestrel(kestrel =>
        {
            // Two ports as a real sidecar has: gRPC needs HTTP/2 without TLS, the HTTP API is HTTP/1.1.
            kestrel.Listen(IPAddress.Loopback, 0, o => (grpc = o).Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, 0, o => (http = o).Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(sidecar);

        var app = builder.Build();
        app.MapGrpcService<FakeDaprRuntimeService>();
        app.MapGet("/v1.0/healthz/outbound", () => sidecar.OutboundHealthy
            ? Results.NoContent()
            : Results.StatusCode(StatusCodes.Status500InternalServerError));
        await app.StartAsync();

        // Kestrel writes the bound port back into each ListenOptions.
        sidecar.app = app;
        sidecar.GrpcEndpoint = $"http://127.0.0.1:{grpc!.IPEndPoint!.Port}";
        sidecar.HttpEndpoint = $"http://127.0.0.1:{http!.IPEndPoint!.Port}";
        return sidecar;
    }

    public void RefuseNext(int count) => Volatile.Write(ref refusalsLeft, count);

    /// <summary>Publishes wait, without answering, until <see cref="Release"/> or until the caller gives up.</summary>
    public void Hold() => hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Interlocked.Exchange(ref hold, null)?.TrySetResult();

    internal async Task<Empty> PublishAsync(PublishEventRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        if (hold is { } held)
        {
            try
            {
                await held.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref abandoned);
                throw;
            }
        }

        if (PublishDelay > TimeSpan.Zero)
        {
            await Task.Delay(PublishDelay, cancellationToken);
        }

        if (Interlocked.Decrement(ref refusalsLeft) >= 0)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "the pub/sub component is unavailable"));
        }

        accepted.Enqueue(new PublishedEvent(
            request.PubsubName,
            request.Topic,
            request.DataContentType,
            request.Data.ToStringUtf8(),
            request.Metadata.ToDictionary(pair => pair.Key, pair => pair.Value)));
        return new Empty();
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
