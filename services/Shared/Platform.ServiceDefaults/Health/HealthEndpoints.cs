using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Health;

/// <summary>
/// Liveness says the process can answer; readiness says it can do its work (database reachable,
/// sidecar seen). Both are mapped in every environment because Kubernetes probes them in production.
/// </summary>
public static class HealthEndpoints
{
    public const string BasePath = "/health";
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddPlatformHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"])
            .AddCheck<ShutdownHealthCheck>("not-stopping", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapPlatformHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(BasePath + "/live", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("live"),
        }).AllowAnonymous().DisableRateLimiting();

        app.MapHealthChecks(BasePath + "/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous().DisableRateLimiting();

        return app;
    }
}
