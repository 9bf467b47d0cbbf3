using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Directory.Api.Search.Index;

/// <summary>Readiness: the Directory searches only once the index holds every service, so it takes no traffic before.</summary>
public sealed class ServiceIndexHealthCheck(ServiceIndex index) : IHealthCheck
{
    public const string Name = "search-index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy($"{index.Count} services indexed.")
            : HealthCheckResult.Unhealthy("The search index is still being built from the database."));
}
