using System.Text.Json.Nodes;
using Platform.Testing;

namespace Offers.Api.Tests;

/// <summary>The launcher's demo data, which the hosts under test are seeded with.</summary>
public static class DemoData
{
    public const string WalkingGroupServiceId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    public const string WalkingGroupOrganisationId = "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01";
    public const string WalkingOfferId = "9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b01";

    public static string DirectorySeedPath { get; } = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json");

    public static string OffersSeedPath { get; } = RepositoryFiles.PathOf("tools", "Launcher", "Seed", "offers.json");

    /// <summary>
    /// Directory services that have no demo offer, so a test can give one offers of its own without
    /// meeting another test's, or a demo offer that has become current with the passing of time.
    /// </summary>
    public static IReadOnlyList<DemoService> ServicesWithoutDemoOffers { get; } = ReadServicesWithoutDemoOffers();

    private static List<DemoService> ReadServicesWithoutDemoOffers()
    {
        var offered = JsonNode.Parse(File.ReadAllText(OffersSeedPath))!["offers"]!.AsArray()
            .Select(offer => (string)offer!["service_id"]!)
            .ToHashSet();
        return JsonNode.Parse(File.ReadAllText(DirectorySeedPath))!["services"]!.AsArray()
            .Select(service => new DemoService(Guid.Parse((string)service!["id"]!), Guid.Parse((string)service["organization_id"]!)))
            .Where(service => !offered.Contains(service.Id.ToString()))
            .ToList();
    }
}
