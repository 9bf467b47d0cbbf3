using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using k8s.Models;
using Launcher;

namespace Deployment.Tests;

/// <summary>The Dapr sidecars and resources the chart deploys with the services.</summary>
public sealed class DaprTests
{
    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_service_has_a_sidecar_with_the_app_id_it_has_in_the_launchers_topology(string environment, string service)
    {
        var chart = RenderedChart.Of(environment);
        var annotations = chart.DeploymentOf(service).Spec.Template.Metadata.Annotations;

        Assert.Equal("true", annotations["dapr.io/enabled"]);
        Assert.Equal(service, annotations["dapr.io/app-id"]);
        Assert.Contains(service, PlatformTopology.DatabaseNames.Keys);
        Assert.Equal(chart.Named<DaprConfiguration>(annotations["dapr.io/config"]).Metadata.Name, annotations["dapr.io/config"]);
    }

    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_sidecar_checks_its_apps_health_on_the_readiness_endpoint(string environment, string service)
    {
        var template = RenderedChart.Of(environment).DeploymentOf(service).Spec.Template;

        Assert.Equal("true", template.Metadata.Annotations["dapr.io/enable-app-health-check"]);
        Assert.Equal(template.Spec.Containers[0].ReadinessProbe.HttpGet.Path, template.Metadata.Annotations["dapr.io/app-health-check-path"]);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Neither_the_gateway_nor_the_portal_nor_a_migration_job_gets_a_sidecar(string environment)
    {
        var chart = RenderedChart.Of(environment);
        var withoutSidecar = DeployedProcess.All.Where(p => !p.IsService).Select(p => chart.DeploymentOf(p.Name).Spec.Template)
            .Concat(chart.All<V1Job>().Select(j => j.Spec.Template))
            .ToList();

        Assert.Equal(DeployedProcess.All.Count, withoutSidecar.Count);
        Assert.All(withoutSidecar, template =>
            Assert.False(template.Metadata.Annotations?.TryGetValue("dapr.io/enabled", out var enabled) == true && enabled == "true"));
    }

    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_service_publishes_and_subscribes_on_the_component_the_chart_deploys(string environment, string service)
    {
        var chart = RenderedChart.Of(environment);
        var settings = chart.SettingsOf(chart.DeploymentOf(service).Spec.Template.Spec.Containers[0]);

        Assert.Equal(Assert.Single(chart.All<DaprComponent>()).Metadata.Name, settings["Messaging__PubSubName"]);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void The_component_is_Redis_Streams_unless_the_values_choose_another_broker(string environment)
    {
        Assert.Equal("pubsub.redis", Assert.Single(RenderedChart.Of(environment).All<DaprComponent>()).Spec.Type);
        Assert.Equal("pubsub.kafka", Broker(("dapr.pubsub.type", "kafka"), ("dapr.pubsub.kafka.brokers", "kafka:9092")).Spec.Type);
        Assert.Equal("pubsub.azure.servicebus.topics", Broker(("dapr.pubsub.type", "servicebus"), ("dapr.pubsub.servicebus.namespaceName", "care.servicebus.windows.net")).Spec.Type);

        DaprComponent Broker(params (string, string)[] values) =>
            Assert.Single(RenderedChart.Render(environment, values).All<DaprComponent>());
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Publishing_and_delivery_are_retried_with_backoff_timed_out_and_circuit_broken(string environment)
    {
        var chart = RenderedChart.Of(environment);
        var component = Assert.Single(chart.All<DaprComponent>());
        var resiliency = Assert.Single(chart.All<DaprResiliency>());
        var policies = Map(resiliency.Spec, "policies");
        var targets = Map(Map(Map(resiliency.Spec, "targets"), "components"), component.Metadata.Name);

        Assert.Equal(component.Scopes.Order(), resiliency.Scopes.Order());
        foreach (var direction in new[] { "outbound", "inbound" })
        {
            var target = Map(targets, direction);
            Assert.Contains((string)target["timeout"], Map(policies, "timeouts").Keys);
            Assert.Contains((string)target["circuitBreaker"], Map(policies, "circuitBreakers").Keys);
            var retry = Map(Map(policies, "retries"), (string)target["retry"]);
            Assert.Equal("exponential", retry["policy"]);

            // Bounded: when a delivery's retries are spent, Dapr sends the message to its dead-letter topic.
            Assert.InRange(Convert.ToInt32(retry["maxRetries"], System.Globalization.CultureInfo.InvariantCulture), 1, 100);
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void The_sidecars_refuse_service_invocation_which_the_platform_does_not_use(string environment)
    {
        var configuration = Assert.Single(RenderedChart.Of(environment).All<DaprConfiguration>());

        Assert.Equal("deny", Map(configuration.Spec, "accessControl")["defaultAction"]);
    }

    private static Dictionary<object, object> Map(IDictionary<string, object> parent, string key) => (Dictionary<object, object>)parent[key];

    private static Dictionary<object, object> Map(Dictionary<object, object> parent, string key) => (Dictionary<object, object>)parent[key];
}
