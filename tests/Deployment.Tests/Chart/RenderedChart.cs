using System.Collections.Concurrent;
using k8s;
using k8s.Models;

namespace Deployment.Tests.Chart;

/// <summary>
/// The chart as <c>helm template</c> renders it for one environment's values, read strictly into the
/// Kubernetes models (an unknown field is an error, as the API server would reject it).
/// </summary>
public sealed class RenderedChart
{
    /// <summary>The release name Skaffold installs with; objects are named neighbourhood-care-&lt;app&gt;.</summary>
    public const string ReleaseName = "neighbourhood-care";

    public const string ComponentLabel = "app.kubernetes.io/component";

    /// <summary>The oldest Kubernetes the chart supports (Chart.yaml kubeVersion): rendering checks the constraint.</summary>
    private const string KubeVersion = "1.30.0";

    private static readonly ConcurrentDictionary<string, Lazy<RenderedChart>> Rendered = new();

    private static readonly Dictionary<string, Type> DaprKinds = new()
    {
        ["dapr.io/v1alpha1/Component"] = typeof(DaprComponent),
        ["dapr.io/v1alpha1/Resiliency"] = typeof(DaprResiliency),
        ["dapr.io/v1alpha1/Configuration"] = typeof(DaprConfiguration),
    };

    private RenderedChart(string environment, string manifests)
    {
        Environment = environment;
        Objects = KubernetesYaml.LoadAllFromString(manifests, DaprKinds, strict: true);
    }

    public string Environment { get; }

    public IReadOnlyList<object> Objects { get; }

    /// <summary>The chart rendered with an environment's values file, once per test run.</summary>
    public static RenderedChart Of(string environment) =>
        Rendered.GetOrAdd(environment, e => new Lazy<RenderedChart>(() => Render(e))).Value;

    /// <summary>The chart rendered with an environment's values file and some values set on top, as Skaffold does.</summary>
    public static RenderedChart Render(string environment, params (string Key, string Value)[] setValues)
    {
        var arguments = new List<string>
        {
            "template", ReleaseName, Helm.ChartFolder, "--namespace", "platform", "--kube-version", KubeVersion,
            "-f", ValuesFiles.PathOf(environment),
        };
        foreach (var (key, value) in setValues)
        {
            arguments.AddRange(["--set", $"{key}={value}"]);
        }

        return new RenderedChart(environment, Helm.Run([.. arguments]));
    }

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public T Named<T>(string name)
        where T : IMetadata<V1ObjectMeta> =>
        All<T>().SingleOrDefault(o => o.Metadata.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"The {Environment} chart renders no {typeof(T).Name} named {name}.");

    /// <summary>The objects of one component (an app, a migration, a dev dependency), by their component label.</summary>
    public IEnumerable<T> OfComponent<T>(string component)
        where T : IMetadata<V1ObjectMeta> =>
        All<T>().Where(o => o.Metadata.Labels?.TryGetValue(ComponentLabel, out var value) == true && value == component);

    public V1Deployment DeploymentOf(string app) =>
        OfComponent<V1Deployment>(app).SingleOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"The {Environment} chart renders no Deployment for {app}.");

    /// <summary>A container's environment as the kubelet gives it: its ConfigMaps' data, then its own literal values.</summary>
    public IReadOnlyDictionary<string, string> SettingsOf(V1Container container)
    {
        var settings = new Dictionary<string, string>();
        foreach (var source in container.EnvFrom ?? [])
        {
            var configMap = Named<V1ConfigMap>(source.ConfigMapRef?.Name
                ?? throw new Xunit.Sdk.XunitException($"{container.Name} takes environment from something other than a ConfigMap."));
            foreach (var (key, value) in configMap.Data ?? new Dictionary<string, string>())
            {
                settings[key] = value;
            }
        }

        foreach (var variable in container.Env ?? [])
        {
            if (variable.Value is not null)
            {
                settings[variable.Name] = variable.Value;
            }
        }

        return settings;
    }

    /// <summary>The network policies that apply to pods with these labels.</summary>
    public IEnumerable<V1NetworkPolicy> PoliciesFor(IDictionary<string, string> podLabels) =>
        All<V1NetworkPolicy>().Where(policy => Selects(policy.Spec.PodSelector, podLabels));

    /// <summary>Whether a selector picks pods with these labels (the chart uses matchLabels only).</summary>
    public static bool Selects(V1LabelSelector selector, IDictionary<string, string> labels)
    {
        Assert.Null(selector.MatchExpressions);
        return (selector.MatchLabels ?? new Dictionary<string, string>())
            .All(required => labels.TryGetValue(required.Key, out var value) && value == required.Value);
    }
}
