using System.Text.Json.Nodes;
using Platform.Testing;

namespace Directory.Api.Tests.Search;

/// <summary>The project's OpenAPI document: the ORUK standard's, whole, with our extensions to <c>/services</c> marked as such.</summary>
public sealed class ProjectOpenApiTests(SqliteDirectoryFixture fixture) : IClassFixture<SqliteDirectoryFixture>
{
    private static readonly string[] Extensions =
        ["postcode", "proximity", "age", "channel", "borough", "language", "free", "accepts", "open_now", "open_at", "sort", "facets"];

    private readonly JsonNode _standard = OrukSchemas.Parse(File.ReadAllText(RepositoryFiles.PathOf("standards", "oruk-3.0", "openapi.json")));

    [Fact]
    public async Task Every_path_operation_and_parameter_of_the_standard_is_still_described()
    {
        var served = await ServedAsync();

        foreach (var (path, item) in _standard["paths"]!.AsObject())
        {
            foreach (var (key, operation) in item!.AsObject())
            {
                var servedOperation = served["paths"]?[path]?[key];
                Assert.True(servedOperation is not null, $"{path} {key} is missing.");
                var parameters = operation is JsonObject ? operation["parameters"] : operation;
                var servedParameters = (servedOperation is JsonObject ? servedOperation["parameters"] : servedOperation)?.AsArray() ?? [];
                foreach (var parameter in parameters?.AsArray() ?? [])
                {
                    Assert.True(servedParameters.Any(p => JsonNode.DeepEquals(p, parameter)), $"{path} {key} lost {parameter!.ToJsonString()}");
                }
            }
        }

        Assert.True(JsonNode.DeepEquals(_standard["components"]!["parameters"], served["components"]!["parameters"]));
        Assert.Equal(_standard["info"]!["version"]!.GetValue<string>(), served["info"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Services_lists_each_search_extension_marked_and_described()
    {
        var served = await ServedAsync();

        var parameters = served["paths"]!["/services"]!["get"]!["parameters"]!.AsArray();
        var extensions = parameters.Where(p => (bool?)p!["x-ncp-extension"] == true).ToList();
        Assert.Equal(Extensions, extensions.Select(p => (string)p!["name"]!));
        Assert.All(extensions, p =>
        {
            Assert.Equal("query", (string?)p!["in"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)p["description"]));
            Assert.NotNull(p["schema"]?["type"]);
        });
    }

    [Fact]
    public async Task The_services_response_keeps_the_standards_schema_and_describes_distance_and_facets()
    {
        var served = await ServedAsync();

        var schema = served["paths"]!["/services"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        var standardSchema = _standard["paths"]!["/services"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.True(JsonNode.DeepEquals(standardSchema, schema["allOf"]![0]));
        var extension = served["components"]!["schemas"]!["NcpServiceSearchExtensions"]!;
        Assert.True((bool)extension["x-ncp-extension"]!);
        Assert.NotNull(extension["properties"]!["facets"]!["properties"]!["taxonomy_terms"]);
        Assert.NotNull(extension["properties"]!["contents"]!["items"]!["properties"]!["distance"]);
    }

    private async Task<JsonNode> ServedAsync() =>
        OrukSchemas.Parse(await FeedAssertions.GetJsonAsync(fixture.Http, "/api/directory/openapi.json"));
}
