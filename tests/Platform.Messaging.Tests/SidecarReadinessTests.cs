using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Messaging.Tests.Support;

namespace Platform.Messaging.Tests;

public sealed class SidecarReadinessTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private FakeDaprSidecar sidecar = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(postgres: false, "readiness");
        sidecar = await FakeDaprSidecar.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await sidecar.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task The_app_is_ready_once_its_sidecar_answered_and_stays_ready_when_the_sidecar_goes_away()
    {
        using var host = TestHosts.Publisher(database, sidecar);
        var health = host.Services.GetRequiredService<HealthCheckService>();
        sidecar.OutboundHealthy = false;

        var beforeSidecar = await ReadinessAsync(health);
        sidecar.OutboundHealthy = true;
        var withSidecar = await ReadinessAsync(health);
        await sidecar.DisposeAsync();
        var afterSidecarLeft = await ReadinessAsync(health);

        Assert.Equal(
            (HealthStatus.Unhealthy, HealthStatus.Healthy, HealthStatus.Healthy),
            (beforeSidecar, withSidecar, afterSidecarLeft));
    }

    private static async Task<HealthStatus> ReadinessAsync(HealthCheckService health) =>
        (await health.CheckHealthAsync(check => check.Tags.Contains("ready"), TestContext.Current.CancellationToken)).Status;
}
