namespace Launcher;

/// <summary>Which processes make up the platform, in start order, and how each is wired to the others.</summary>
public static class PlatformTopology
{
    public const string Sidecar = "sidecar";
    public const string Directory = "directory";
    public const string Referrals = "referrals";
    public const string Offers = "offers";
    public const string Appointments = "appointments";
    public const string Portal = "portal";
    public const string Gateway = "gateway";

    public const string SeedFolder = "tools/Launcher/Seed";

    /// <summary>The services, which each own a database and talk to the sidecar; keyed by their connection string name.</summary>
    public static IReadOnlyDictionary<string, string> DatabaseNames { get; } = new Dictionary<string, string>
    {
        [Directory] = "Directory",
        [Offers] = "Offers",
        [Referrals] = "Referrals",
        [Appointments] = "Appointments",
    };

    public static IReadOnlyDictionary<string, string> SeedFiles { get; } = new Dictionary<string, string>
    {
        [Directory] = "directory.json",
        [Offers] = "offers.json",
        [Appointments] = "appointments.json",
    };

    public static IReadOnlyList<PlatformComponent> Components(PlatformPorts ports) =>
    [
        Component(Sidecar, "tools/DevSidecar", "DevSidecar", ports, readyPath: "/v1.0/healthz"),
        Component(Directory, "services/Directory", "Directory.Api", ports),
        Component(Offers, "services/Offers", "Offers.Api", ports),
        Component(Referrals, "services/Referrals", "Referrals.Api", ports),
        Component(Appointments, "services/Appointments", "Appointments.Api", ports),
        Component(Portal, "services/Portal", "Portal", ports),
        Component(Gateway, "gateway", "Gateway", ports),
    ];

    private static PlatformComponent Component(string name, string folder, string assembly, PlatformPorts ports, string readyPath = "/health/ready") =>
        new(name, folder, assembly, ports.For(name).Http, ports.For(name).Grpc, readyPath);

    /// <summary>The addresses a component needs of the others.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Wiring(PlatformComponent component, IReadOnlyList<PlatformComponent> all)
    {
        PlatformComponent Find(string name) => all.Single(c => c.Name == name);
        var services = all.Where(c => DatabaseNames.ContainsKey(c.Name)).ToList();

        switch (component.Name)
        {
            case Sidecar:
                for (var i = 0; i < services.Count; i++)
                {
                    yield return new($"Apps__{i}__AppId", services[i].Name);
                    yield return new($"Apps__{i}__Url", services[i].HttpUrl);
                }

                break;
            case Gateway:
                foreach (var routed in services.Append(Find(Portal)))
                {
                    yield return new($"ReverseProxy__Clusters__{routed.Name}__Destinations__primary__Address", routed.HttpUrl);
                }

                break;
            case Portal:
                foreach (var address in AddressesOf(services))
                {
                    yield return address;
                }

                break;
            default:
                var sidecar = Find(Sidecar);
                yield return new("DAPR_HTTP_PORT", sidecar.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
                yield return new("DAPR_GRPC_PORT", sidecar.GrpcPort!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                yield return new("APP_ID", component.Name);
                foreach (var address in AddressesOf(services.Where(s => s != component)))
                {
                    yield return address;
                }

                break;
        }
    }

    /// <summary>The <c>Services:&lt;Name&gt;:Http</c> and <c>:Grpc</c> settings by which a process finds these services.</summary>
    private static IEnumerable<KeyValuePair<string, string>> AddressesOf(IEnumerable<PlatformComponent> services) =>
        services.SelectMany(service => new KeyValuePair<string, string>[]
        {
            new($"Services__{DatabaseNames[service.Name]}__Http", service.HttpUrl),
            new($"Services__{DatabaseNames[service.Name]}__Grpc", service.GrpcUrl!),
        });
}
