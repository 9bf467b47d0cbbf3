using System.Text.Json.Nodes;
using Directory.Api.Geography;
using Directory.Api.Model;
using static Directory.Api.Tests.FeedAssertions;
using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary>The search extensions' filters on <c>/services</c>, alone and combined, on each engine.</summary>
public abstract class FilterTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DirectoryFixture
{
    private readonly HttpClient _http = fixture.Http;

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(70)]
    public async Task Age_keeps_services_whose_age_limits_include_it(int age)
    {
        var all = await FullAsync(_http, "");
        var found = await IdsAsync(_http, $"age={age}");

        var expected = all.Where(s => ((int?)s["minimum_age"] ?? 0) <= age && age <= ((int?)s["maximum_age"] ?? int.MaxValue)).Select(Id);
        Assert.NotEmpty(found);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("channel=phone", new[] { "phone" })]
    [InlineData("channel=online", new[] { "online" })]
    [InlineData("channel=phone,online", new[] { "phone", "online" })]
    [InlineData("channel=phone&channel=online", new[] { "phone", "online" })]
    [InlineData("channel=IN_PERSON", new[] { "in_person" })]
    public async Task Channel_keeps_services_reached_through_any_channel_named(string query, string[] channels)
    {
        var all = await FullAsync(_http, "");
        var found = await IdsAsync(_http, query);

        var expected = all.Where(s => TermCodes(s, PlatformTaxonomies.Channel).Intersect(channels).Any()).Select(Id);
        Assert.NotEmpty(found);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("bn")]
    [InlineData("TR")]
    public async Task Language_keeps_services_delivered_in_it(string code)
    {
        var all = await FullAsync(_http, "");
        var found = await IdsAsync(_http, $"language={code}");

        var expected = all.Where(s => TermCodes(s, PlatformTaxonomies.Language).Contains(code.ToLowerInvariant())).Select(Id);
        Assert.NotEmpty(found);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_language_no_service_is_delivered_in_finds_nothing()
    {
        await AssertEmptyPageAsync(_http, $"{Services}?language=xh", "service_list", "service");
    }

    [Fact]
    public async Task Free_keeps_services_whose_every_cost_is_nothing()
    {
        var all = await FullAsync(_http, "");
        var found = await IdsAsync(_http, "free=true");
        var notFiltered = await IdsAsync(_http, "free=false");

        var expected = all.Where(s => s["cost_options"] is JsonArray { Count: > 0 } costs && costs.All(c => (decimal?)c!["amount"] == 0)).Select(Id);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.True(found.Count < all.Count, "Some demo services charge.");
        Assert.Equal(all.Count, notFiltered.Count);
    }

    [Theory]
    [InlineData(PlatformTaxonomies.ReferralRoutes.SelfReferral)]
    [InlineData(PlatformTaxonomies.ReferralRoutes.ProfessionalReferral)]
    public async Task Accepts_keeps_services_taking_that_referral_route(string route)
    {
        var all = await FullAsync(_http, "");
        var found = await IdsAsync(_http, $"accepts={route}");

        var expected = all.Where(s => TermCodes(s, PlatformTaxonomies.ReferralRoute).Contains(route)).Select(Id);
        Assert.NotEmpty(found);
        Assert.True(found.Count < all.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Postcode_and_proximity_keep_services_within_the_radius_each_with_its_distance()
    {
        var near = await GetAsync(_http, "postcode=E6%202RT&proximity=2000&per_page=200");
        var wider = await GetAsync(_http, "postcode=E6%202RT&proximity=5000&per_page=200");

        Assert.Contains(WalkingGroupId, Ids(near));
        Assert.All(Contents(near), s => Assert.InRange((double)s["distance"]!, 0, 2000));
        Assert.All(Contents(wider), s => Assert.InRange((double)s["distance"]!, 0, 5000));
        Assert.True(Contents(wider).Count > Contents(near).Count);
        Assert.All(Ids(near), id => Assert.Contains(id, Ids(wider)));
    }

    [Fact]
    public async Task The_nearest_location_of_a_service_gives_its_distance()
    {
        var service = await GetAsync(_http, "postcode=E6%202RT&proximity=50000&full=true&per_page=200");

        Assert.All(Contents(service), s =>
        {
            var locations = s["service_at_locations"]!.AsArray().Select(sal => sal!["location"]!)
                .Where(l => l["latitude"] is not null).ToList();
            Assert.NotEmpty(locations);
            Assert.Contains(locations, l => Math.Abs(Metres(l) - (double)s["distance"]!) <= 1);
            Assert.All(locations, l => Assert.True(Metres(l) >= (double)s["distance"]! - 1));
        });
    }

    [Fact]
    public async Task Sort_by_distance_puts_the_nearest_first()
    {
        var page = await GetAsync(_http, "postcode=E6%202RT&proximity=10000&sort=distance&per_page=200");

        var distances = Contents(page).Select(s => (double)s["distance"]!).ToList();
        Assert.True(distances.Count > 5);
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task A_postcode_alone_keeps_services_covering_its_council_and_gives_distances()
    {
        var newham = await FullAsync(_http, "postcode=E6%202RT&sort=distance");

        Assert.All(newham, s => Assert.Contains(s["service_areas"]!.AsArray(), area => (string?)area!["name"] == "Newham"));
        var located = newham.Where(s => s["distance"] is not null).Select(s => (double)s["distance"]!).ToList();
        Assert.NotEmpty(located);
        Assert.Equal(located.Order(), located);
        Assert.All(newham.SkipWhile(s => s["distance"] is not null), s => Assert.Null(s["distance"]));
    }

    [Fact]
    public async Task Distance_is_absent_without_a_postcode()
    {
        var page = await GetAsync(_http, "search=walking");

        Assert.All(Contents(page), s => Assert.Null(s["distance"]));
    }

    [Fact]
    public async Task Combined_filters_keep_exactly_the_services_every_one_keeps()
    {
        string[] filters = ["age=30", "channel=phone", "free=true", "accepts=self_referral", "language=bn", "search=support"];
        var combined = await IdsAsync(_http, string.Join('&', filters));

        var expected = (await IdsAsync(_http, filters[0])).ToHashSet();
        foreach (var filter in filters.Skip(1))
        {
            expected.IntersectWith(await IdsAsync(_http, filter));
        }

        Assert.NotEmpty(combined);
        Assert.Equal(expected.Order(StringComparer.Ordinal), combined.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filters_combine_with_the_ORUK_filters()
    {
        var walking = OrukSchemas.Parse(await GetJsonAsync(_http, $"{Services}/{WalkingGroupId}"));
        var organization = (string)walking["organization_id"]!;

        Assert.Equal([WalkingGroupId], await IdsAsync(_http, $"organization_id={organization}&age=40&accepts=self_referral&postcode=E6&proximity=5000"));
        Assert.Empty(await IdsAsync(_http, $"organization_id={organization}&age=12"));
    }

    [Theory]
    [InlineData("search=walking&age=5")]
    [InlineData("age=130&search=youth&channel=online")]
    [InlineData("postcode=EC1A%201BB&proximity=1&accepts=professional_referral")]
    public async Task A_combination_no_service_satisfies_is_a_valid_empty_page(string query)
    {
        await AssertEmptyPageAsync(_http, $"{Services}?{query}", "service_list", "service");
        await AssertEmptyPageAsync(_http, $"{Services}?{query}&full=true&facets=true", "service_list", "service");
    }

    [Fact]
    public async Task Filtered_results_page_consistently_and_validate()
    {
        await AssertFirstMiddleAndLastPagesAsync(_http, $"{Services}?accepts=self_referral&age=30", "service_list", "service");
        await AssertFirstMiddleAndLastPagesAsync(_http, $"{Services}?postcode=E6%202RT&proximity=8000&sort=distance&full=true", "service_list", "service");
    }

    private static string Id(JsonNode service) => (string)service["id"]!;

    /// <summary>Whole metres from where the Directory places E6 2RT (its sector's centroid) to the location.</summary>
    private static double Metres(JsonNode location)
    {
        var geocoder = OfflinePostcodeGeocoder.Load(OfflinePostcodeGeocoder.DefaultDataDirectory);
        var place = geocoder.GeocodeAsync(UkPostcode.Parse("E6 2RT"), CancellationToken.None).GetAwaiter().GetResult();
        return Math.Round(GreatCircle.DistanceInMetres(place.Latitude, place.Longitude, (double)location["latitude"]!, (double)location["longitude"]!));
    }
}

public sealed class FilterOnSqliteTests(SqliteDirectoryFixture fixture) : FilterTests<SqliteDirectoryFixture>(fixture);

public sealed class FilterOnPostgresTests(PostgresDirectoryFixture fixture) : FilterTests<PostgresDirectoryFixture>(fixture);
