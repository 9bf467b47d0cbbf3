using Platform.Testing;

namespace Gateway.Tests;

/// <summary>The real gateway on loopback in front of a recording backend for every route.</summary>
public abstract class GatewayFixture(int feedLimit, int apiLimit, IReadOnlyDictionary<string, string?>? extraSettings = null) : IAsyncLifetime
{
    public RecordingBackend Backend { get; private set; } = null!;

    public ServiceHost<Program> Gateway { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public TestTokens Tokens { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Backend = await RecordingBackend.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["RateLimits:directory-feed:PermitLimit"] = feedLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:directory-feed:WindowSeconds"] = "300",
            ["RateLimits:api:PermitLimit"] = apiLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:api:WindowSeconds"] = "300",
        };
        foreach (var cluster in new[] { "directory", "referrals", "appointments", "offers", "portal" })
        {
            settings[$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address"] = Backend.Url;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Gateway = new ServiceHost<Program>(settings);
        Http = Gateway.CreateHttpClient();
        Tokens = new TestTokens(Gateway.SigningKey);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
        await Backend.DisposeAsync();
    }
}

/// <summary>Limits high enough that no test meets them.</summary>
public sealed class OpenGatewayFixture() : GatewayFixture(feedLimit: 10_000, apiLimit: 10_000);

/// <summary>Limits low enough for a test to reach them in a few requests.</summary>
public sealed class TightLimitGatewayFixture() : GatewayFixture(feedLimit: 3, apiLimit: 2);

/// <summary>Tight limits behind a trusted proxy on loopback, which names the client in X-Forwarded-For.</summary>
public sealed class BehindTrustedProxyGatewayFixture() : GatewayFixture(
    feedLimit: 2,
    apiLimit: 2,
    new Dictionary<string, string?> { ["TrustedProxies:Networks:0"] = "127.0.0.1/32" });
