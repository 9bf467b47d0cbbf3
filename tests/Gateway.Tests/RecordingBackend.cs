using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Platform.Testing;

namespace Gateway.Tests;

/// <summary>A real HTTP server on loopback standing in for the services behind the gateway; it records what reached it.</summary>
public sealed class RecordingBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingBackend(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public static async Task<RecordingBackend> StartAsync()
    {
        var port = LoopbackPorts.Take(1)[0];
        var url = $"http://127.0.0.1:{port}";
        var app = LoopbackApp.CreateBuilder(port).Build();
        var backend = new RecordingBackend(app, url);
        app.Run(context =>
        {
            backend.Received.Enqueue(new ReceivedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"from":"backend"}""");
        });
        await app.StartAsync();
        return backend;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers);
