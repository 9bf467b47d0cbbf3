using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using k8s.Models;

namespace Deployment.Tests;

/// <summary>
/// Only the gateway is reachable from outside the release; every app reaches only what its settings make
/// it call, and is reached only by the apps whose settings call it. The calls are read from the rendered
/// settings, which <see cref="ConfigurationTests"/> checks against each process's own appsettings.json.
/// </summary>
public sealed class NetworkPolicyTests
{
    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void A_policy_denies_all_traffic_to_and_from_every_pod_of_the_release_unless_another_allows_it(string environment)
    {
        var chart = RenderedChart.Of(environment);
        var pods = chart.All<V1Deployment>().Select(d => d.Spec.Template.Metadata.Labels)
            .Concat(chart.All<V1Job>().Select(j => j.Spec.Template.Metadata.Labels))
            .Concat(chart.All<V1StatefulSet>().Select(s => s.Spec.Template.Metadata.Labels))
            .ToList();

        var denyAll = Assert.Single(chart.All<V1NetworkPolicy>(), p => p.Spec.Ingress is null && p.Spec.Egress is null);
        Assert.Equal(["Egress", "Ingress"], denyAll.Spec.PolicyTypes.Order());
        Assert.All(pods, labels => Assert.True(RenderedChart.Selects(denyAll.Spec.PodSelector, labels)));
        Assert.All(pods, labels => Assert.Equal(2, chart.PoliciesFor(labels).Count()));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void No_rule_allows_all_sources_or_all_destinations(string environment)
    {
        var policies = RenderedChart.Of(environment).All<V1NetworkPolicy>().ToList();

        Assert.All(policies.SelectMany(p => p.Spec.Ingress ?? []), rule => Assert.NotEmpty(rule.FromProperty ?? []));
        Assert.All(policies.SelectMany(p => p.Spec.Egress ?? []), rule => Assert.NotEmpty(rule.To ?? []));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Only_the_gateway_accepts_traffic_from_outside_the_release_and_only_from_the_ingress_controller_on_its_http_port(string environment)
    {
        var chart = RenderedChart.Of(environment);
        var fromOutside = chart.All<V1NetworkPolicy>()
            .SelectMany(policy => (policy.Spec.Ingress ?? [])
                .Where(rule => rule.FromProperty.Any(peer => peer.NamespaceSelector is not null || peer.IpBlock is not null))
                .Select(rule => (Policy: policy, Rule: rule)))
            .ToList();

        var (policy, rule) = Assert.Single(fromOutside);
        Assert.Equal("gateway", policy.Spec.PodSelector.MatchLabels[RenderedChart.ComponentLabel]);
        Assert.Equal("ingress-nginx", Assert.Single(rule.FromProperty).NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.Equal([8080], rule.Ports.Select(p => int.Parse(p.Port.Value, System.Globalization.CultureInfo.InvariantCulture)));
        var ingress = Assert.Single(chart.All<V1Ingress>());
        Assert.Equal(chart.DeploymentOf("gateway").Metadata.Name, Assert.Single(Assert.Single(ingress.Spec.Rules).Http.Paths).Backend.Service.Name);
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_is_reached_only_by_the_processes_that_call_it_on_the_ports_they_call(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var callers = DeployedProcess.All
            .SelectMany(caller => Calls(chart, caller.Name).Where(call => call.Process == process).Select(call => (caller.Name, call.Port)));

        Assert.Equal(callers.Order(), Inside(OwnPolicy(chart, process).Spec.Ingress.Select(r => (r.FromProperty, r.Ports))).Order());
    }

    [Theory]
    [MemberData(nameof(Cases.EveryProcess), MemberType = typeof(Cases))]
    public void Every_process_reaches_inside_the_release_only_what_it_calls_and_its_own_database_and_broker(string environment, string process)
    {
        var chart = RenderedChart.Of(environment);
        var expected = Calls(chart, process).ToList();
        var annotations = chart.DeploymentOf(process).Spec.Template.Metadata.Annotations ?? new Dictionary<string, string>();
        if (environment == ValuesFiles.Dev && DeployedProcess.Named(process).IsService)
        {
            expected.Add(("postgres", 5432));
        }

        if (environment == ValuesFiles.Dev && Assert.Single(chart.All<DaprComponent>()).Scopes.Contains(process))
        {
            expected.Add(("redis", 6379));
        }

        var egress = OwnPolicy(chart, process).Spec.Egress;
        Assert.Equal(expected.Order(), Inside(egress.Select(r => (r.To, r.Ports))).Order());

        // The sidecar, which shares the pod's network, needs the Dapr control plane; nothing else goes there.
        var reachesDapr = egress.Any(r => r.To.Any(peer => peer.NamespaceSelector?.MatchLabels?.Values.Contains("dapr-system") == true));
        Assert.Equal(annotations.ContainsKey("dapr.io/enabled"), reachesDapr);
    }

    [Theory]
    [MemberData(nameof(Cases.EveryService), MemberType = typeof(Cases))]
    public void Every_migration_job_reaches_only_the_name_server_and_its_database(string environment, string service)
    {
        var chart = RenderedChart.Of(environment);
        var labels = Assert.Single(chart.OfComponent<V1Job>($"{service}-migrate")).Spec.Template.Metadata.Labels;
        var policy = Assert.Single(chart.PoliciesFor(labels), p => p.Spec.PodSelector.MatchLabels.ContainsKey(RenderedChart.ComponentLabel));

        Assert.Empty(policy.Spec.Ingress);
        Assert.Equal(
            ["53", "5432"],
            policy.Spec.Egress.SelectMany(r => r.Ports).Select(p => p.Port.Value).Distinct().Order());
    }

    /// <summary>The processes a process calls, and on which container port: from its address settings, through the Services they name.</summary>
    private static IEnumerable<(string Process, int Port)> Calls(RenderedChart chart, string process)
    {
        var settings = chart.SettingsOf(chart.DeploymentOf(process).Spec.Template.Spec.Containers[0]);
        foreach (var (key, value) in settings)
        {
            if (!key.StartsWith("Services__", StringComparison.Ordinal) && !key.StartsWith("ReverseProxy__Clusters__", StringComparison.Ordinal))
            {
                continue;
            }

            var address = new Uri(value);
            var service = chart.Named<V1Service>(address.Host);
            var callee = service.Spec.Selector[RenderedChart.ComponentLabel];
            var targetPort = service.Spec.Ports.Single(p => p.Port == address.Port).TargetPort.Value;
            yield return (callee, chart.DeploymentOf(callee).Spec.Template.Spec.Containers[0].Ports.Single(p => p.Name == targetPort).ContainerPort);
        }
    }

    private static V1NetworkPolicy OwnPolicy(RenderedChart chart, string process) =>
        Assert.Single(chart.All<V1NetworkPolicy>(), p => p.Spec.PodSelector.MatchLabels.TryGetValue(RenderedChart.ComponentLabel, out var c) && c == process);

    /// <summary>The (component, port) pairs that rules allow with pods of the release, named by their component label.</summary>
    private static IEnumerable<(string Process, int Port)> Inside(IEnumerable<(IList<V1NetworkPolicyPeer> Peers, IList<V1NetworkPolicyPort> Ports)> rules) =>
        rules.SelectMany(rule => rule.Peers
            .Where(peer => peer.NamespaceSelector is null && peer.IpBlock is null)
            .SelectMany(peer => rule.Ports.Select(port => (
                peer.PodSelector.MatchLabels[RenderedChart.ComponentLabel],
                int.Parse(port.Port.Value, System.Globalization.CultureInfo.InvariantCulture)))));
}
