using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DevSidecar.Hosting;

/// <summary>The addresses the sidecar actually listens on, known once it has started (configured port 0 included).</summary>
public sealed class SidecarAddresses
{
    internal ListenOptions? HttpListener { get; set; }

    internal ListenOptions? GrpcListener { get; set; }

    /// <summary>The HTTP/1.1 address of the Dapr HTTP API (what <c>DAPR_HTTP_PORT</c> points at).</summary>
    public Uri Http => AddressOf(HttpListener);

    /// <summary>The HTTP/2 address of the Dapr gRPC API (what <c>DAPR_GRPC_PORT</c> points at).</summary>
    public Uri Grpc => AddressOf(GrpcListener);

    private static Uri AddressOf(ListenOptions? listener) =>
        listener?.EndPoint is IPEndPoint endPoint && endPoint.Port != 0
            ? new UriBuilder(Uri.UriSchemeHttp, endPoint.Address.ToString(), endPoint.Port).Uri
            : throw new InvalidOperationException("The sidecar is not listening yet.");
}
