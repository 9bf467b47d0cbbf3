using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Testing;

namespace DirectoryImport.Tests;

/// <summary>
/// A feed on loopback that passes another feed's answers through, changed as a test needs: a different
/// version at the root, a broken record, an answer that fails in passing. What the real Directory will
/// not publish, made from what it does.
/// </summary>
public sealed class FeedProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;

    private FeedProxy(WebApplication app, HttpClient upstream, string url)
    {
        _app = app;
        _upstream = upstream;
        Url = url;
    }

    /// <summary>The proxied feed's base URL, as <c>--feed</c> takes it.</summary>
    public string Url { get; }

    /// <summary>Rewrites an answer: the request's path (after the feed's base) and query, and the JSON the upstream gave.</summary>
    public Func<string, JsonNode, JsonNode> Rewrite { get; set; } = (_, json) => json;

    /// <summary>Answers instead of the upstream when it returns a status: to fail some requests in passing.</summary>
    public Func<string, int?> Interrupt { get; set; } = _ => null;

    public int Requests { get; private set; }

    public static async Task<FeedProxy> StartAsync(string upstreamFeed)
    {
        var port = LoopbackPorts.Take(1)[0];
        var url = $"http://127.0.0.1:{port}";
        var app = LoopbackApp.CreateBuilder(port).Build();
        var proxy = new FeedProxy(app, new HttpClient(), $"{url}/feed");
        app.MapGet("/feed/{**rest}", (HttpRequest request) => proxy.ForwardAsync(upstreamFeed, request));
        await app.StartAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        _upstream.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ForwardAsync(string upstreamFeed, HttpRequest request)
    {
        Requests++;
        var path = $"{request.Path.Value!["/feed".Length..]}{request.QueryString}";
        if (Interrupt(path) is { } status)
        {
            return Results.StatusCode(status);
        }

        using var response = await _upstream.GetAsync($"{upstreamFeed}{path}");
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return Results.Text(text, response.Content.Headers.ContentType?.ToString(), statusCode: (int)response.StatusCode);
        }

        var json = Rewrite(path, JsonNode.Parse(text)!);
        return Results.Text(json.ToJsonString(), "application/json");
    }
}
