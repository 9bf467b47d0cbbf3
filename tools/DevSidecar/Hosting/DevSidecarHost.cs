using DevSidecar.Apps;
using DevSidecar.Delivery;
using DevSidecar.Publishing;
using DevSidecar.Subscriptions;

namespace DevSidecar.Hosting;

/// <summary>
/// Builds the development sidecar: the part of the Dapr sidecar API that the platform's services use,
/// for every app of the local platform in one process.
/// </summary>
public static class DevSidecarHost
{
    /// <param name="args">Command-line arguments, read as configuration like any ASP.NET Core host's.</param>
    /// <param name="customize">Lets tests add configuration or logging before the host is built.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddSidecarDefaults();
        builder.ListenOnSidecarPorts();
        builder.Services.AddApps(builder.Configuration);
        builder.Services.AddSubscriptionDiscovery(builder.Configuration);
        builder.Services.AddEventDelivery(builder.Configuration);
        builder.Services.AddPublishing(builder.Configuration);
        customize?.Invoke(builder);

        var app = builder.Build();
        app.MapDaprHttpApi();
        app.MapDaprGrpcApi();
        app.AnnounceAddressesOnStart();
        return app;
    }
}
