using k8s;
using k8s.Models;

namespace Deployment.Tests.Chart;

/// <summary>Dapr's custom resources as the chart renders them, read strictly like the Kubernetes models.</summary>
public sealed class DaprComponent : KubernetesObject, IMetadata<V1ObjectMeta>
{
    public V1ObjectMeta Metadata { get; set; } = new();

    public ComponentSpec Spec { get; set; } = new();

    public IList<string> Scopes { get; set; } = [];

    /// <summary>A metadata entry's plain value ("" when it is a Secret reference or absent).</summary>
    public string Setting(string name) => Spec.Metadata.FirstOrDefault(m => m.Name == name)?.Value ?? "";

    /// <summary>A scopes setting ("app=topic,topic;app=") as each app's topics.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> TopicScopes(string name) =>
        Setting(name).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .ToDictionary(
                pair => pair[0],
                pair => (IReadOnlySet<string>)pair[1].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet());

    public sealed class ComponentSpec
    {
        public string Type { get; set; } = "";

        public string Version { get; set; } = "";

        public IList<MetadataEntry> Metadata { get; set; } = [];
    }

    public sealed class MetadataEntry
    {
        public string Name { get; set; } = "";

        public string? Value { get; set; }

        public V1SecretKeySelector? SecretKeyRef { get; set; }
    }
}

/// <summary>Resiliency and Configuration: their specs are read as plain maps.</summary>
public sealed class DaprResiliency : KubernetesObject, IMetadata<V1ObjectMeta>
{
    public V1ObjectMeta Metadata { get; set; } = new();

    public IList<string> Scopes { get; set; } = [];

    public Dictionary<string, object> Spec { get; set; } = [];
}

public sealed class DaprConfiguration : KubernetesObject, IMetadata<V1ObjectMeta>
{
    public V1ObjectMeta Metadata { get; set; } = new();

    public Dictionary<string, object> Spec { get; set; } = [];
}
