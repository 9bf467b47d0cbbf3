using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using k8s.Models;

namespace Deployment.Tests;

/// <summary>What differs between the development and the production values.</summary>
public sealed class EnvironmentTests
{
    [Fact]
    public void Dev_runs_one_replica_of_everything_with_PostgreSQL_and_Redis_as_StatefulSets_of_the_release()
    {
        var chart = RenderedChart.Of(ValuesFiles.Dev);

        Assert.Equal(["postgres", "redis"], chart.All<V1StatefulSet>().Select(s => s.Metadata.Labels[RenderedChart.ComponentLabel]).Order());
        Assert.All(chart.All<V1StatefulSet>(), set => Assert.True(set.Spec.Template.Spec.SecurityContext.RunAsNonRoot));
        Assert.All(DeployedProcess.All, process => Assert.Equal(1, chart.DeploymentOf(process.Name).Spec.Replicas));
        Assert.Empty(chart.All<V2HorizontalPodAutoscaler>());
        Assert.StartsWith("neighbourhood-care-redis:", Assert.Single(chart.All<DaprComponent>()).Setting("redisHost"), StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_connects_every_service_to_its_own_database_on_the_in_release_server()
    {
        var chart = RenderedChart.Of(ValuesFiles.Dev);
        var credentials = Assert.Single(chart.All<V1Secret>());

        Assert.All(DeployedProcess.Services, service =>
        {
            var key = chart.DeploymentOf(service.Name).Spec.Template.Spec.Containers[0].Env
                .Single(e => e.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ValueFrom.SecretKeyRef;
            var connectionString = System.Text.Encoding.UTF8.GetString(credentials.Data[key.Key]);
            Assert.Equal(credentials.Metadata.Name, key.Name);
            Assert.Contains("Host=neighbourhood-care-postgres;", connectionString, StringComparison.Ordinal);
            Assert.Contains($"Database={service.Name};", connectionString, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Production_uses_external_databases_and_autoscales_every_process_from_several_replicas()
    {
        var chart = RenderedChart.Of(ValuesFiles.Production);

        Assert.Empty(chart.All<V1StatefulSet>());
        Assert.All(DeployedProcess.All, process =>
        {
            var deployment = chart.DeploymentOf(process.Name);
            var autoscaler = Assert.Single(chart.OfComponent<V2HorizontalPodAutoscaler>(process.Name));
            Assert.Null(deployment.Spec.Replicas);
            Assert.Equal(deployment.Metadata.Name, autoscaler.Spec.ScaleTargetRef.Name);
            Assert.True(autoscaler.Spec.MinReplicas >= 2);
            Assert.True(autoscaler.Spec.MaxReplicas > autoscaler.Spec.MinReplicas);
        });
        Assert.All(DeployedProcess.Services, service =>
        {
            var secret = chart.DeploymentOf(service.Name).Spec.Template.Spec.Containers[0].Env
                .Single(e => e.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ValueFrom.SecretKeyRef;
            Assert.Equal($"neighbourhood-care-{service.Name}-database", secret.Name);
        });
    }

    [Fact]
    public void Production_serves_the_platform_over_TLS_and_exports_telemetry()
    {
        var chart = RenderedChart.Of(ValuesFiles.Production);
        var ingress = Assert.Single(chart.All<V1Ingress>());

        Assert.Equal(Assert.Single(ingress.Spec.Rules).Host, Assert.Single(Assert.Single(ingress.Spec.Tls).Hosts));
        Assert.All(DeployedProcess.All, process =>
            Assert.StartsWith("http", chart.SettingsOf(chart.DeploymentOf(process.Name).Spec.Template.Spec.Containers[0])["OTEL_EXPORTER_OTLP_ENDPOINT"], StringComparison.Ordinal));
    }
}
