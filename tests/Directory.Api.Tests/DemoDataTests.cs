using System.Text.Json.Nodes;

namespace Directory.Api.Tests;

/// <summary>The demo dataset the launcher seeds: valid ORUK, and broad enough to demonstrate the product.</summary>
public sealed class DemoDataTests
{
    private static readonly string[] Boroughs =
    [
        "Barking and Dagenham", "City of London", "Hackney", "Havering", "Newham", "Redbridge", "Tower Hamlets", "Waltham Forest",
    ];

    private static readonly string[] NelPriorities = ["employment", "long_term_conditions", "children_young_people", "mental_health"];

    private readonly JsonNode _seed = OrukSchemas.Parse(File.ReadAllText(DirectoryFixture.SeedPath));

    private IEnumerable<JsonNode> Services => _seed["services"]!.AsArray().Select(s => s!);

    [Fact]
    public async Task Every_demo_service_is_a_valid_ORUK_service()
    {
        foreach (var service in Services)
        {
            await OrukSchemas.AssertValidAsync("service", service.ToJsonString());
        }
    }

    [Fact]
    public void The_demo_data_has_at_least_thirty_services_across_every_NEL_borough()
    {
        Assert.True(Services.Count() >= 30, $"Only {Services.Count()} demo services.");
        var served = Services
            .SelectMany(s => (s["service_areas"]?.AsArray() ?? []).Select(area => (string?)area!["name"]))
            .ToHashSet();
        Assert.All(Boroughs, borough => Assert.Contains(borough, served));
    }

    [Fact]
    public void Every_NEL_priority_has_demo_services()
    {
        var priorities = Services
            .SelectMany(s => s["attributes"]!.AsArray())
            .Where(a => (string?)a!["taxonomy_term"]?["taxonomy"] == "ncp-nel-priority" || TaxonomyNameOf(a!) == "ncp-nel-priority")
            .Select(a => (string?)a!["taxonomy_term"]?["term"])
            .ToHashSet();

        Assert.All(NelPriorities, priority => Assert.Contains(priority, priorities));
    }

    [Fact]
    public void Every_id_in_the_demo_data_is_unique_within_its_kind()
    {
        var services = Services.Select(s => (string)s["id"]!).ToList();
        Assert.Equal(services.Count, services.Distinct().Count());
    }

    private string? TaxonomyNameOf(JsonNode attribute)
    {
        var taxonomyId = (string?)attribute["taxonomy_term"]?["taxonomy_id"];
        return _seed["taxonomies"]!.AsArray().FirstOrDefault(t => (string?)t!["id"] == taxonomyId)?["name"]?.GetValue<string>();
    }
}
