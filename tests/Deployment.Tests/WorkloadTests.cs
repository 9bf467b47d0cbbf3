using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using k8s.Models;
using Launcher;

namespace Deployment.Tests;

/// <summary>What every deployed process gets from the chart, in every environment.</summary>
public sealed class WorkloadTests
{
    [Fact]
    public void Every_web_host_in_the_solution_is_a_process_of_the_launchers_topology_under_the_same_name()
    {
        var topology = PlatformTopology.Components(PlatformPorts.Default)
            .Where(c => c.Name != PlatformTopology.Sidecar)
            .ToDictionary(c => c.AssemblyName, c => c.Name);

        Assert.NotEmpty(DeployedProcess.All);
        Assert.Equal(topology.Keys.Order(), DeployedProcess.All.Select(p => p.ProjectName).Order());
        Assert.All(DeployedProcess.All, process => Assert.Equal(topology[process.ProjectName], process.Name));
        Assert.Equal(PlatformTopology.DatabaseNames.Keys.Order(), DeployedProcess.Services.Select(s => s.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_has_a_Deployment_running_its_own_image(string environment, string process)
    {
        var container = Assert.Single(RenderedChart.Of(environment).DeploymentOf(process).Spec.Template.Spec.Containers);

        Assert.Equal(process, container.Name);
        Assert.StartsWith($"neighbourhood-care/{process}:", container.Image, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_is_probed_on_its_health_endpoints(string environment, string process)
    {
        var container = RenderedChart.Of(environment).DeploymentOf(process).Spec.Template.Spec.Containers[0];

        Assert.Equal(("/health/live", "http"), Target(container.StartupProbe));
        Assert.Equal(("/health/live", "http"), Target(container.LivenessProbe));
        Assert.Equal(("/health/ready", "http"), Target(container.ReadinessProbe));
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_runs_as_a_non_root_user_on_a_read_only_filesystem_without_capabilities(string environment, string process)
    {
        var pod = RenderedChart.Of(environment).DeploymentOf(process).Spec.Template.Spec;
        var container = pod.Containers[0].SecurityContext;

        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.NotEqual(0, pod.SecurityContext.RunAsUser);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.True(container.RunAsNonRoot);
        Assert.True(container.ReadOnlyRootFilesystem);
        Assert.False(container.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.Capabilities.Drop);
        Assert.Null(container.Capabilities.Add);
        Assert.Null(container.Privileged);
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_requests_and_is_limited_in_cpu_and_memory(string environment, string process)
    {
        var resources = RenderedChart.Of(environment).DeploymentOf(process).Spec.Template.Spec.Containers[0].Resources;

        Assert.Equal(["cpu", "memory"], resources.Requests.Keys.Order());
        Assert.Equal(["cpu", "memory"], resources.Limits.Keys.Order());
        Assert.True(resources.Requests["memory"].ToInt64() <= resources.Limits["memory"].ToInt64());
        Assert.True(resources.Requests["cpu"].ToDecimal() <= resources.Limits["cpu"].ToDecimal());
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_has_a_service_account_of_its_own_that_mounts_no_token(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var pod = chart.DeploymentOf(process).Spec.Template.Spec;
        var account = chart.Named<V1ServiceAccount>(pod.ServiceAccountName);

        Assert.Equal(process, account.Metadata.Labels[RenderedChart.ComponentLabel]);
        Assert.False(account.AutomountServiceAccountToken);
        Assert.False(pod.AutomountServiceAccountToken);
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_has_a_disruption_budget_over_its_pods(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var podLabels = chart.DeploymentOf(process).Spec.Template.Metadata.Labels;

        var budget = Assert.Single(chart.All<V1PodDisruptionBudget>(), b => RenderedChart.Selects(b.Spec.Selector, podLabels));
        Assert.Equal("1", budget.Spec.MaxUnavailable.Value);
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_has_a_network_policy_of_its_own(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var podLabels = chart.DeploymentOf(process).Spec.Template.Metadata.Labels;

        var own = Assert.Single(chart.PoliciesFor(podLabels), p => p.Spec.PodSelector.MatchLabels.ContainsKey(RenderedChart.ComponentLabel));
        Assert.Equal(["Egress", "Ingress"], own.Spec.PolicyTypes.Order());
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_has_a_Service_selecting_its_pods_on_its_named_ports(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var deployment = chart.DeploymentOf(process);
        var containerPorts = deployment.Spec.Template.Spec.Containers[0].Ports.Select(p => p.Name).Order();

        var service = chart.Named<V1Service>(deployment.Metadata.Name);

        Assert.True(RenderedChart.Selects(new V1LabelSelector { MatchLabels = service.Spec.Selector }, deployment.Spec.Template.Metadata.Labels));
        Assert.Equal(containerPorts, service.Spec.Ports.Select(p => p.TargetPort.Value).Order());
        Assert.Equal(DeployedProcess.Named(process).IsService ? ["grpc", "http"] : ["http"], containerPorts);
    }

    private static (string Path, string Port) Target(V1Probe? probe)
    {
        Assert.NotNull(probe?.HttpGet);
        return (probe.HttpGet.Path, probe.HttpGet.Port.Value);
    }
}
