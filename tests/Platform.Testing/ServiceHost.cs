using System.Security.Cryptography;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Testing;

/// <summary>
/// A service's real host (its Program) on real Kestrel over loopback: REST on an HTTP/1.1 port and
/// gRPC on an HTTP/2-only port, exactly as it is deployed.
/// </summary>
public sealed class ServiceHost<TProgram> : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public ServiceHost(IReadOnlyDictionary<string, string?> settings, string environment = "Development")
    {
        _environment = environment;
        var ports = LoopbackPorts.Take(2);
        HttpUrl = $"http://127.0.0.1:{ports[0]}";
        GrpcUrl = $"http://127.0.0.1:{ports[1]}";
        SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _settings = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Http:Url"] = HttpUrl,
            ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
            ["Kestrel:Endpoints:Grpc:Url"] = GrpcUrl,
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Auth:DevelopmentSigningKey"] = SigningKey,
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        UseKestrel();
    }

    public string HttpUrl { get; }

    public string GrpcUrl { get; }

    /// <summary>The development key the host validates tokens with, for tests that mint their own.</summary>
    public string SigningKey { get; }

    public HttpClient CreateHttpClient()
    {
        StartServer();
        return new HttpClient { BaseAddress = new Uri(HttpUrl) };
    }

    public GrpcChannel CreateGrpcChannel()
    {
        StartServer();
        return GrpcChannel.ForAddress(GrpcUrl);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
