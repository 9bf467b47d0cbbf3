using Microsoft.Extensions.Configuration.Memory;

namespace DevSidecar.Hosting;

internal static class SidecarDefaults
{
    /// <summary>The ports and names the Dapr CLI uses by default, so the SDK finds the sidecar without settings.</summary>
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:3500",
        ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:50001",
        ["PubSub:Names:0"] = "pubsub",
        ["Logging:LogLevel:Default"] = "Information",
        // Per-request framework logs would bury the delivery log lines.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    /// <summary>Adds the defaults underneath every other source, so any setting overrides them.</summary>
    public static void AddSidecarDefaults(this IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Values });
}
