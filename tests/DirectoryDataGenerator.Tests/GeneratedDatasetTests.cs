using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Directory.Api.Tests;
using Platform.Testing;

namespace DirectoryDataGenerator.Tests;

/// <summary>What the generator writes: valid ORUK services, in the demo data's format, the same for the same seed.</summary>
public sealed class GeneratedDatasetTests
{

    [Fact]
    public async Task A_generated_sample_of_200_services_is_all_valid_ORUK()
    {
        var services = Generated.Services(Generated.Dataset(200)).ToList();

        Assert.Equal(200, services.Count);
        foreach (var service in services)
        {
            await OrukSchemas.AssertValidAsync("service", service.ToJsonString());
        }
    }

    [Fact]
    public void The_file_carries_the_demo_taxonomies_and_every_attribute_is_one_of_their_terms()
    {
        var dataset = Generated.Dataset(2000);
        var demo = OrukSchemas.Parse(File.ReadAllText(RepositoryFiles.PathOf("tools", "Launcher", "Seed", "directory.json")));

        Assert.True(JsonNode.DeepEquals(demo["taxonomies"], dataset["taxonomies"]), "The generated taxonomies differ from the demo data's.");
        var terms = dataset["taxonomies"]!.AsArray().SelectMany(t => t!["taxonomy_terms"]!.AsArray()).ToDictionary(t => (string)t!["id"]!, t => t!);
        Assert.All(Generated.Services(dataset).SelectMany(s => s["attributes"]!.AsArray()), attribute =>
        {
            var term = attribute!["taxonomy_term"]!;
            Assert.Equal((string?)attribute["taxonomy_term_id"], (string?)term["id"]);
            Assert.True(JsonNode.DeepEquals(terms[(string)term["id"]!], term));
        });
    }

    [Fact]
    public void Every_service_has_a_referral_route_a_channel_a_NEL_priority_and_one_sector()
    {
        Assert.All(Generated.Services(Generated.Dataset(2000)), service =>
        {
            Assert.NotEmpty(Generated.Terms(service, "ncp-referral-route"));
            Assert.NotEmpty(Generated.Terms(service, "ncp-channel"));
            Assert.NotEmpty(Generated.Terms(service, "ncp-nel-priority"));
            Assert.Single(Generated.Terms(service, "ncp-sector"));
            Assert.Equal(service["languages"]!.AsArray().Count, Generated.Terms(service, "ncp-language").Count());
        });
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_writes_other_services()
    {
        var first = Generated.Bytes(500, seed: 7);
        var again = Generated.Bytes(500, seed: 7);
        var other = Generated.Bytes(500, seed: 8);

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(again));
        var ids = Ids(JsonNode.Parse(first)!);
        var otherIds = Ids(JsonNode.Parse(other)!);
        Assert.Empty(ids.Intersect(otherIds));

        static HashSet<string> Ids(JsonNode dataset) => [.. Generated.Services(dataset).Select(s => (string)s["id"]!)];
    }

    [Fact]
    public void A_smaller_file_from_the_same_seed_is_the_start_of_a_larger_one()
    {
        var small = Generated.Services(JsonNode.Parse(Generated.Bytes(100, seed: 42))!).ToList();
        var large = Generated.Services(Generated.Dataset(2000)).Take(100).ToList();

        Assert.All(small.Zip(large), pair => Assert.Equal((string?)pair.First["id"], (string?)pair.Second["id"]));
    }

    [Fact]
    public void Every_id_is_a_UUID_v4_unique_within_its_kind_and_shared_records_are_identical()
    {
        var ids = new Dictionary<string, List<string>>();
        var shared = new Dictionary<string, string>();
        foreach (var service in Generated.Services(Generated.Dataset(2000)))
        {
            OrukIds.Collect(service, ids, shared);
        }

        Assert.All(ids, kind =>
        {
            Assert.All(kind.Value, id => Assert.True(Guid.TryParseExact(id, "D", out var guid) && guid.Version == 4, $"{kind.Key} id {id} is not a UUID v4."));
            Assert.Equal(kind.Value.Count, kind.Value.Distinct().Count());
        });
        Assert.True(ids["organization"].Count > 100, "Services should share organisations.");
    }

    [Fact]
    public async Task One_hundred_thousand_services_from_the_default_seed_have_one_hundred_thousand_different_ids()
    {
        var ids = await GeneratedServiceIds.ReadAsync(100_000, seed: 42);

        Assert.Equal(100_000, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void There_is_about_one_organisation_for_every_ten_services()
    {
        var organizations = Generated.Services(Generated.Dataset(2000)).Select(s => (string)s["organization_id"]!).Distinct().Count();

        Assert.InRange(organizations, 150, 200);
    }

    [Fact]
    public void Every_physical_location_is_near_a_London_sector_centroid_in_the_borough_it_names()
    {
        var sectors = SectorTable.Load();
        var locations = Generated.Services(Generated.Dataset(2000))
            .SelectMany(s => s["service_at_locations"]!.AsArray())
            .Select(sal => sal!["location"]!)
            .Where(location => (string?)location["location_type"] == "physical")
            .ToList();

        Assert.NotEmpty(locations);
        Assert.All(locations, location =>
        {
            var address = location["addresses"]![0]!;
            var postcode = (string)address["postal_code"]!;
            var sector = sectors.Find(postcode[..^2]);
            Assert.NotNull(sector);
            Assert.Equal(sector.Borough, (string?)address["state_province"]);
            var north = ((double)location["latitude"]! - sector.Latitude) * 111_320;
            var east = ((double)location["longitude"]! - sector.Longitude) * 111_320 * Math.Cos(sector.Latitude * Math.PI / 180);
            Assert.True(Math.Sqrt((north * north) + (east * east)) < 500, $"{location["name"]} is far from {sector.Code}.");
        });
    }

    [Fact]
    public void The_data_has_the_variety_search_must_handle()
    {
        var services = Generated.Services(Generated.Dataset(2000)).ToList();
        var schedules = services.SelectMany(s => s["schedules"]!.AsArray()).Select(s => s!).ToList();

        Assert.Contains(schedules, s => (string?)s["freq"] == "MONTHLY" && (string?)s["dtstart"] is not null);
        Assert.Contains(schedules, s => (int)s["interval"]! == 2 && (string?)s["dtstart"] is not null);
        Assert.Contains(schedules, s => string.CompareOrdinal((string)s["closes_at"]!, (string)s["opens_at"]!) < 0);
        Assert.Contains(schedules, s => (string?)s["opens_at"] == "00:00" && (string?)s["closes_at"] == "23:59");
        Assert.Contains(schedules, s => (string?)s["valid_from"] is not null && (string?)s["valid_to"] is not null);
        Assert.Contains(services, s => s["cost_options"]!.AsArray().Any(c => (decimal)c!["amount"]! > 0));
        Assert.Contains(services, s => (int?)s["maximum_age"] == 5);
        Assert.Contains(services, s => (int?)s["minimum_age"] >= 60);
        Assert.Contains(services, s => Generated.Terms(s, "ncp-referral-route").Select(t => (string?)t["term"]).SequenceEqual(["professional_referral"]));
        Assert.Contains(services, s => (string?)s["status"] == "temporarily closed");
        Assert.True(services.SelectMany(s => Generated.Terms(s, "ncp-language")).Select(t => (string?)t["term"]).Distinct().Count() >= 20);
    }
}
