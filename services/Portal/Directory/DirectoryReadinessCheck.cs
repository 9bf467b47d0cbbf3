using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Directory;

/// <summary>
/// Reports whether the Directory is ready. Its failure status is Degraded, not Unhealthy: readiness
/// still answers 200, so Kubernetes keeps sending people to the portal, which then explains the
/// problem on an NHS error page instead of the gateway answering with a bare 502.
/// </summary>
public sealed class DirectoryReadinessCheck(IHttpClientFactory clients) : IHealthCheck
{
    public const string ClientName = "directory-readiness";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync("/health/ready", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, $"The Directory is not ready ({(int)response.StatusCode}).");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The Directory cannot be reached.", exception);
        }
    }
}
