using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.ServiceClients;

public static class GrpcClientExtensions
{
    /// <summary>
    /// Registers the gRPC client of another service, addressed by <c>Services:&lt;service&gt;:Grpc</c>
    /// (its HTTP/2-only port). Callers set a deadline on every call.
    /// </summary>
    public static IHostApplicationBuilder AddServiceGrpcClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : ClientBase
    {
        var key = $"Services:{service}:Grpc";
        var address = builder.Configuration[key];
        if (string.IsNullOrWhiteSpace(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"{key} must be the absolute gRPC address of the {service} service.");
        }

        builder.Services.AddGrpcClient<TClient>(options => options.Address = uri);
        return builder;
    }
}
