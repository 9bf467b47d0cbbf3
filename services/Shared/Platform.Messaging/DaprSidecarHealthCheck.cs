using Dapr.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Messaging;

/// <summary>
/// Ready once the Dapr sidecar has answered its outbound health endpoint, and from then on. The app
/// may start before its sidecar; after that first contact the outbox buffers any later outage, so
/// taking the app out of service for it would only turn a delay into errors.
/// </summary>
internal sealed class DaprSidecarHealthCheck(DaprClient dapr) : IHealthCheck
{
    public const string Name = "dapr-sidecar";

    private volatile bool reached;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!reached)
        {
            reached = await dapr.CheckOutboundHealthAsync(cancellationToken);
        }

        return reached
            ? HealthCheckResult.Healthy("The Dapr sidecar has been reached.")
            : HealthCheckResult.Unhealthy("The Dapr sidecar has not answered yet.");
    }
}
