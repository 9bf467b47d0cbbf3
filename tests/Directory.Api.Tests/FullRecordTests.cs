using System.Globalization;
using System.Text.Json.Nodes;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests;

/// <summary>
/// Every HSDS-UK 3.0 field goes in through the reader and comes out of the feed unchanged, valid
/// against the schemas, on each database engine: the model, its migrations and the mappers together.
/// </summary>
public abstract class FullRecordTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : DirectoryFixture
{
    private readonly HttpClient _http = fixture.Http;

    public async ValueTask InitializeAsync() => await FullRecord.AddToAsync(fixture);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_service_record_gives_back_every_field_it_was_given()
    {
        var json = await GetJsonAsync(_http, $"/api/directory/services/{FullRecord.ServiceId}");

        await OrukSchemas.AssertValidAsync("service", json);
        await OrukSchemas.AssertValidAsync("service_package", $"[{json}]");
        AssertSame(OrukSchemas.Parse(FullRecord.ServiceJson), OrukSchemas.Parse(json));
    }

    [Fact]
    public async Task The_organization_record_gives_back_its_identifiers_and_attributes()
    {
        var json = await GetJsonAsync(_http, $"/api/directory/organizations/{FullRecord.OrganizationId}");

        await OrukSchemas.AssertValidAsync("organization", json);
        await OrukSchemas.AssertValidAsync("organization_package", $"[{json}]");
        var organization = OrukSchemas.Parse(json).AsObject();
        Assert.Equal(FullRecord.ServiceId, (string?)organization["services"]!.AsArray().Single()!["id"]);
        organization.Remove("services");
        AssertSame(OrukSchemas.Parse(FullRecord.ServiceJson)["organization"]!, organization);
    }

    [Fact]
    public async Task The_service_at_location_record_gives_back_the_location_and_the_service()
    {
        var json = await GetJsonAsync(_http, $"/api/directory/service_at_locations/{FullRecord.ServiceAtLocationId}");

        await OrukSchemas.AssertValidAsync("service_at_location", json);
        await OrukSchemas.AssertValidAsync("service_at_location_package", $"[{json}]");
        var given = OrukSchemas.Parse(FullRecord.ServiceJson).AsObject();
        var expected = given["service_at_locations"]![0]!.DeepClone().AsObject();
        given.Remove("service_at_locations");
        expected["service"] = given.DeepClone();
        AssertSame(expected, OrukSchemas.Parse(json));
    }

    [Fact]
    public async Task The_taxonomy_record_gives_back_its_terms_and_their_hierarchy()
    {
        var json = await GetJsonAsync(_http, $"/api/directory/taxonomies/{FullRecord.TaxonomyId}");

        await OrukSchemas.AssertValidAsync("taxonomy", json);
        AssertSame(OrukSchemas.Parse(FullRecord.TaxonomyJson), OrukSchemas.Parse(json));
    }

    [Fact]
    public async Task Every_demo_service_comes_back_from_the_feed_as_it_was_published()
    {
        var published = OrukSchemas.Parse(await File.ReadAllTextAsync(DirectoryFixture.SeedPath))["services"]!.AsArray()
            .ToDictionary(service => (string)service!["id"]!, service => Comparable(service!));
        var served = new List<JsonNode>();
        for (var page = 1; served.Count < published.Count; page++)
        {
            var contents = Contents(await GetPageAsync(_http, $"/api/directory/services?full=true&per_page=200&page={page}", "service_list", "service"));
            Assert.NotEmpty(contents);
            served.AddRange(contents);
        }

        Assert.All(served.Where(service => (string)service["id"]! != FullRecord.ServiceId), service =>
            AssertSame(published[(string)service["id"]!], Comparable(service)));
    }

    /// <summary>
    /// What may differ without anything being lost: the feed lists an empty collection where the demo
    /// data leaves it out, writes a time's milliseconds without trailing zeros, and drops
    /// <c>link_entity</c>, a column of ORUK's CSV form that its JSON schema does not have.
    /// </summary>
    private static JsonNode Comparable(JsonNode node) => node switch
    {
        JsonObject record => new JsonObject(record
            .Where(field => field.Key != "link_entity" && field.Value is not JsonArray { Count: 0 })
            .Select(field => KeyValuePair.Create(field.Key, field switch
            {
                { Value: null } => null,
                { Key: "last_modified" } => JsonValue.Create(DateTimeOffset.Parse((string)field.Value!, CultureInfo.InvariantCulture).ToString("O", CultureInfo.InvariantCulture)),
                _ => Comparable(field.Value!),
            }))),
        JsonArray array => new JsonArray(array.Select(item => Comparable(item!)).ToArray()),
        _ => node.DeepClone(),
    };

    private static void AssertSame(JsonNode expected, JsonNode actual)
    {
        var (normalExpected, normalActual) = (FullRecord.Normalised(expected), FullRecord.Normalised(actual));
        Assert.True(JsonNode.DeepEquals(normalExpected, normalActual), $"Expected:\n{normalExpected}\nActual:\n{normalActual}");
    }
}

public sealed class FullRecordOnSqliteTests(SqliteDirectoryFixture fixture) : FullRecordTests<SqliteDirectoryFixture>(fixture);

public sealed class FullRecordOnPostgresTests(PostgresDirectoryFixture fixture) : FullRecordTests<PostgresDirectoryFixture>(fixture);
