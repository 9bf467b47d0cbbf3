using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Hosting;

/// <summary>
/// The gateway forwards browsers to the portal. Trusting its X-Forwarded-* headers gives the pages the
/// browser's scheme, host and address, and any path prefix the gateway serves the portal under.
/// Only proxies on loopback are trusted (the options' defaults): no one else can set these headers.
/// </summary>
public static class GatewayForwardedHeaders
{
    public static IHostApplicationBuilder AddGatewayForwardedHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders =
            ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto |
            ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix);
        return builder;
    }
}
