using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Database;

/// <summary>
/// Ready once every migration this version ships has been applied, and from then on. On Kubernetes the
/// replicas start with <see cref="DatabaseOptions.MigrateOnStart"/> off while a Job runs the <c>migrate</c>
/// command: this keeps a new version out of service until its schema is there, whatever order the
/// cluster starts things in.
/// </summary>
internal sealed class SchemaHealthCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck
    where TContext : DbContext
{
    public const string Name = "database-schema";

    private volatile bool migrated;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!migrated)
        {
            await using var scope = scopes.CreateAsyncScope();
            var pending = await scope.ServiceProvider.GetRequiredService<TContext>().Database.GetPendingMigrationsAsync(cancellationToken);
            migrated = !pending.Any();
        }

        return migrated
            ? HealthCheckResult.Healthy("Every migration of this version is applied.")
            : HealthCheckResult.Unhealthy("Migrations are pending: the migrate command has not run for this version yet.");
    }
}
