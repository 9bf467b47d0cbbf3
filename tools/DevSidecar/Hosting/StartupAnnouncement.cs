using DevSidecar.Apps;
using Microsoft.Extensions.Options;

namespace DevSidecar.Hosting;

internal static partial class StartupAnnouncement
{
    /// <summary>Says which port is which once they are bound: Kestrel's own lines do not tell HTTP from gRPC.</summary>
    public static void AnnounceAddressesOnStart(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<SidecarAddresses>();
        var appIds = string.Join(", ", app.Services.GetRequiredService<IOptions<AppsOptions>>().Value.Apps.Select(registered => registered.AppId));
        app.Lifetime.ApplicationStarted.Register(() =>
            LogListening(app.Logger, addresses.Http.Port, addresses.Grpc.Port, appIds.Length == 0 ? "none" : appIds));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Dapr HTTP API on port {DaprHttpPort}, gRPC API on port {DaprGrpcPort}; apps served: {AppIds}")]
    private static partial void LogListening(ILogger logger, int daprHttpPort, int daprGrpcPort, string appIds);
}
