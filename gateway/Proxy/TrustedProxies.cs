using Microsoft.AspNetCore.HttpOverrides;

namespace Gateway.Proxy;

/// <summary>
/// Behind an ingress controller every request arrives from the controller's address; per-IP rate limits
/// and logs need the client's. Only proxies named in <c>TrustedProxies:Networks</c> (CIDR ranges) may say
/// who the client is through <c>X-Forwarded-For</c>; anyone else's header is ignored.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "TrustedProxies:Networks";

    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        var networks = builder.Configuration.GetSection(Section).Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section} has '{network}', which is not a CIDR range such as 10.0.0.0/8."));
            }
        });
        return builder;
    }
}
