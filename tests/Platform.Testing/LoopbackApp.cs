using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Platform.Testing;

/// <summary>
/// A small web app standing in for something a test talks to (a sidecar, a backend, another service's
/// gRPC, a feed): slim, silent, listening on one loopback port. Its configuration starts empty, because a
/// test's output folder holds the services' appsettings.json, whose Kestrel endpoints would otherwise be bound.
/// </summary>
public static class LoopbackApp
{
    /// <param name="port">A port claimed with <see cref="LoopbackPorts"/>, or 0 for any free one (once started, the app's <c>Urls</c> say which).</param>
    /// <param name="protocols">Http1 for REST and Dapr's app channel; Http2 for gRPC, which needs it without TLS.</param>
    public static WebApplicationBuilder CreateBuilder(int port = 0, HttpProtocols protocols = HttpProtocols.Http1)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = protocols));
        return builder;
    }
}
