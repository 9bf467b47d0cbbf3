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

    private static readonly string[] Sectors = ["nhs", "council", "vcse"];

    /// <summary>Objects that several services share (the same organisation, location or term), so their ids repeat.</summary>

    private const int MinimumServices = 150;
    private const int MinimumPerBorough = 15;
    private const int MinimumPerPriority = 25;

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
    public void The_demo_data_has_at_least_150_services_with_at_least_15_in_every_NEL_borough()
    {
        Assert.True(Services.Count() >= MinimumServices, $"Only {Services.Count()} demo services.");
        var perBorough = Services
            .SelectMany(s => (s["service_areas"]?.AsArray() ?? []).Select(area => (string?)area!["name"] ?? "").Distinct())
            .CountBy(name => name)
            .ToDictionary();

        Assert.All(Boroughs, borough =>
            Assert.True(perBorough.GetValueOrDefault(borough) >= MinimumPerBorough, $"{borough} has {perBorough.GetValueOrDefault(borough)} demo services."));
    }

    [Fact]
    public void Every_NEL_priority_has_at_least_25_demo_services()
    {
        var perPriority = Services
            .SelectMany(s => TermsOf(s, "ncp-nel-priority").Distinct())
            .CountBy(term => term)
            .ToDictionary();

        Assert.All(NelPriorities, priority =>
            Assert.True(perPriority.GetValueOrDefault(priority) >= MinimumPerPriority, $"{priority} has {perPriority.GetValueOrDefault(priority)} demo services."));
    }

    [Fact]
    public void NHS_council_and_voluntary_sector_providers_all_run_demo_services_and_each_service_has_one_sector()
    {
        Assert.All(Services, service => Assert.Single(TermsOf(service, "ncp-sector")));
        var sectors = Services.Select(s => TermsOf(s, "ncp-sector").Single()).ToHashSet();
        Assert.All(Sectors, sector => Assert.Contains(sector, sectors));
    }

    [Fact]
    public void Every_attribute_names_a_term_of_the_demo_taxonomies_by_id_and_by_value()
    {
        var terms = _seed["taxonomies"]!.AsArray()
            .SelectMany(taxonomy => taxonomy!["taxonomy_terms"]!.AsArray())
            .ToDictionary(term => (string)term!["id"]!, term => term!);

        Assert.All(Services.SelectMany(s => s["attributes"]!.AsArray()), attribute =>
        {
            var term = attribute!["taxonomy_term"]!;
            Assert.Equal((string?)attribute["taxonomy_term_id"], (string?)term["id"]);
            Assert.True(terms.TryGetValue((string)term["id"]!, out var known), $"Term {term["term"]} is not in the demo taxonomies.");
            Assert.True(JsonNode.DeepEquals(known, term), $"Term {term["term"]} differs from the taxonomy's copy.");
        });
    }

    [Fact]
    public void Every_id_in_the_demo_data_is_a_UUID_unique_within_its_kind()
    {
        var ids = new Dictionary<string, List<string>>();
        var shared = new Dictionary<string, string>();
        foreach (var service in Services)
        {
            OrukIds.Collect(service, ids, shared);
        }

        Assert.All(ids, kind =>
        {
            Assert.All(kind.Value, id => Assert.True(Guid.TryParseExact(id, "D", out _), $"{kind.Key} id {id} is not a UUID."));
            var repeated = kind.Value.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
            Assert.True(repeated.Count == 0, $"Repeated {kind.Key} ids: {string.Join(", ", repeated)}");
        });
    }

    [Fact]
    public void Every_appointment_template_and_offer_points_at_a_demo_service_and_offers_only_at_VCSE_ones()
    {
        var services = Services.ToDictionary(s => (string)s["id"]!);
        var seedFolder = Path.GetDirectoryName(DirectoryFixture.SeedPath)!;
        var templates = OrukSchemas.Parse(File.ReadAllText(Path.Combine(seedFolder, "appointments.json")))["templates"]!.AsArray();
        var offers = OrukSchemas.Parse(File.ReadAllText(Path.Combine(seedFolder, "offers.json")))["offers"]!.AsArray();

        Assert.All(templates, template =>
        {
            Assert.True(services.TryGetValue((string)template!["service_id"]!, out var service), $"No demo service {template["service_id"]}.");
            var locationId = (string?)template["location_id"];
            if (locationId is not null)
            {
                Assert.Contains(locationId, service.AsObject()["service_at_locations"]!.AsArray().Select(sal => (string?)sal!["location_id"]));
            }
        });
        Assert.All(offers, offer =>
        {
            Assert.True(services.TryGetValue((string)offer!["service_id"]!, out var service), $"No demo service {offer["service_id"]}.");
            Assert.Equal((string?)service["organization_id"], (string?)offer["organization_id"]);
            Assert.Equal(new[] { "vcse" }, TermsOf(service, "ncp-sector"));
            Assert.Contains((string)offer["nel_priority"]!, TermsOf(service, "ncp-nel-priority"));
        });
    }

    private static List<string> TermsOf(JsonNode service, string taxonomy) =>
        service["attributes"]!.AsArray()
            .Select(attribute => attribute!["taxonomy_term"]!)
            .Where(term => (string?)term["taxonomy"] == taxonomy)
            .Select(term => (string)term["term"]!)
            .ToList();
}
