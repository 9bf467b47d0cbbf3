using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DevSidecar.Hosting;

internal static class SidecarPorts
{
    /// <summary>
    /// Serves the two Kestrel endpoints from configuration: <c>Http</c> as HTTP/1.1 for the Dapr HTTP API and
    /// <c>Grpc</c> as HTTP/2 only, because h2c needs an HTTP/2-only endpoint (HTTP/1.1 and HTTP/2 together
    /// without TLS quietly serves HTTP/1.1 only).
    /// </summary>
    public static void ListenOnSidecarPorts(this WebApplicationBuilder builder)
    {
        var addresses = new SidecarAddresses();
        builder.Services.AddSingleton(addresses);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Configure(context.Configuration.GetSection("Kestrel"), reloadOnChange: false)
                .Endpoint("Http", endpoint =>
                {
                    endpoint.ListenOptions.Protocols = HttpProtocols.Http1;
                    addresses.HttpListener = endpoint.ListenOptions;
                })
                .Endpoint("Grpc", endpoint =>
                {
                    endpoint.ListenOptions.Protocols = HttpProtocols.Http2;
                    addresses.GrpcListener = endpoint.ListenOptions;
                }));
    }
}
