using System.Globalization;
using Deployment.Tests.Chart;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Deployment.Tests;

/// <summary>
/// A pod that is stopped keeps serving while Kubernetes and the gateway stop sending to it (pre-stop sleep),
/// then drains its in-flight requests (the host's shutdown timeout), all within its grace period; its Dapr
/// sidecar stays until the app has drained, so the outbox can still publish.
/// </summary>
public sealed class ShutdownTests
{
    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_waits_out_the_load_balancers_then_drains_within_its_grace_period(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var pod = chart.DeploymentOf(process).Spec.Template.Spec;
        var drainDelay = pod.Containers[0].Lifecycle.PreStop.Sleep.Seconds;
        var shutdownTimeout = int.Parse(chart.SettingsOf(pod.Containers[0])["shutdownTimeoutSeconds"], CultureInfo.InvariantCulture);

        Assert.InRange(drainDelay, 6, 60);
        Assert.True(pod.TerminationGracePeriodSeconds > drainDelay + shutdownTimeout, $"{pod.TerminationGracePeriodSeconds} s of grace for {drainDelay} s of delay and {shutdownTimeout} s of draining.");
    }

    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_sidecar_outlives_its_apps_drain_and_stops_within_the_grace_period(string environment, string service)
    {
        var chart = RenderedChart.Of(environment);
        var template = chart.DeploymentOf(service).Spec.Template;
        var container = template.Spec.Containers[0];
        var appStops = container.Lifecycle.PreStop.Sleep.Seconds
            + int.Parse(chart.SettingsOf(container)["shutdownTimeoutSeconds"], CultureInfo.InvariantCulture);
        var blocked = int.Parse(template.Metadata.Annotations["dapr.io/block-shutdown-duration"].TrimEnd('s'), CultureInfo.InvariantCulture);
        var graceful = int.Parse(template.Metadata.Annotations["dapr.io/graceful-shutdown-seconds"], CultureInfo.InvariantCulture);

        Assert.True(blocked >= appStops, $"The sidecar blocks its shutdown {blocked} s; the app takes up to {appStops} s.");
        Assert.True(blocked + graceful <= template.Spec.TerminationGracePeriodSeconds);
    }

    [Fact]
    public void The_hosts_read_their_shutdown_timeout_from_the_setting_the_chart_gives()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["shutdownTimeoutSeconds"] = "17";

        using var app = builder.Build();

        Assert.Equal(TimeSpan.FromSeconds(17), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
