namespace Launcher;

/// <summary>Which processes make up the platform, in start order, and how each is wired to the others.</summary>
public static class PlatformTopology
{
    public const string Directory = "directory";
    public const string Gateway = "gateway";

    public const string SeedFolder = "tools/Launcher/Seed";

    public static IReadOnlyDictionary<string, string> DatabaseNames { get; } = new Dictionary<string, string>
    {
        [Directory] = "Directory",
    };

    public static IReadOnlyDictionary<string, string> SeedFiles { get; } = new Dictionary<string, string>
    {
        [Directory] = "directory.json",
    };

    public static IReadOnlyList<PlatformComponent> Components(PlatformPorts ports) =>
    [
        new(Directory, "services/Directory", "Directory.Api", ports.DirectoryHttp, ports.DirectoryGrpc),
        new(Gateway, "gateway", "Gateway", ports.Gateway),
    ];

    /// <summary>The addresses a component needs of the others.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Wiring(PlatformComponent component, IReadOnlyList<PlatformComponent> all)
    {
        PlatformComponent Find(string name) => all.Single(c => c.Name == name);

        if (component.Name == Gateway)
        {
            yield return new("ReverseProxy__Clusters__directory__Destinations__primary__Address", Find(Directory).HttpUrl);
        }
    }
}
