using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.Search;

namespace Directory.Api.OpenReferral;

/// <summary>
/// The project's OpenAPI description: the ORUK 3.0 standard's own file, read when the Directory starts,
/// with our extensions to <c>/services</c> added, each marked <c>"x-ncp-extension": true</c>. Made from
/// the standard rather than copied from it, so the standard stays the source and everything it says is
/// still said.
/// </summary>
public static class DirectoryOpenApi
{
    public const string ExtensionMark = "x-ncp-extension";
    public const string ServicesPath = "/services";

    /// <summary>Where the build puts the standard's file beside the Directory (see Directory.Api.csproj).</summary>
    public static string StandardPath { get; } = Path.Combine(AppContext.BaseDirectory, "OpenReferral", "oruk-3.0-openapi.json");

    /// <summary>Our query parameters on <c>/services</c>: name, JSON schema, and what it does.</summary>
    private static readonly (string Name, Func<JsonObject> Schema, string Description)[] Parameters =
    [
        ("postcode", () => new JsonObject { ["type"] = "string", ["example"] = "E6 2RT" },
            "A UK postcode (E6 2RT) or postcode district (E6), as on /service_at_locations: where a service states service areas, only services whose area is the postcode's council. Each result carries `distance`. A malformed postcode, or one that is not known, is a 400 naming `postcode`."),
        ("proximity", () => new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = ServiceAtLocationQuery.MaxProximityInMetres },
            "Only services with a location within this many metres of the postcode's centroid (a service's nearest location counts). Needs `postcode`."),
        ("age", () => new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = SearchFilters.MaxAge },
            "A person's age in whole years: only services whose minimum_age is at most it and whose maximum_age is at least it; an unset limit does not exclude."),
        ("channel", () => new JsonObject { ["type"] = "array", ["items"] = Enum(SearchFilters.ChannelCodes) },
            $"How the service can be used ({string.Join(", ", SearchFilters.ChannelCodes)}), as its ncp-channel terms say. Repeat the parameter or separate values with commas: a service with any of them passes."),
        ("borough", () => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["maxLength"] = 100 }, ["example"] = new JsonArray("Newham") },
            "A council by name (Barking and Dagenham, City of London, Hackney, …; any case), as the `borough` facet names it: only services whose service_areas name it. Repeat the parameter or separate names with commas: a service in any of them passes. A service that states no area is not in any borough."),
        ("language", () => new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z]{2,3}$", ["example"] = "bn" },
            "An ncp-language code (ISO 639, two or three letters): only services delivered in that language."),
        ("free", () => new JsonObject { ["type"] = "boolean" },
            "true: only services that state at least one cost option and whose every cost option is 0. A service that charges some people, or states no costs, is not free. false does not filter."),
        ("accepts", () => Enum(SearchFilters.ReferralRouteCodes),
            "A referral route (ncp-referral-route) the service must accept: self_referral or professional_referral."),
        ("open_now", () => new JsonObject { ["type"] = "boolean" },
            "true: only services open at the moment of the request, from their schedules in London time (clock changes, overnight hours, valid_from/valid_to, closed on England and Wales bank holidays unless open around the clock). Only active services are open. Not with `open_at`."),
        ("open_at", () => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$", ["example"] = "2026-12-05T10:00" },
            "Only services open at this London clock reading (no offset), as for `open_now`. Not with `open_now`."),
        ("sort", () => Enum(["relevance", "distance", "name"]),
            "relevance (the default with `search`): best match first; name (the default otherwise): by name, then id; distance (needs `postcode`): nearest first, services with no located site last. Ties go by name, then id."),
        ("facets", () => new JsonObject { ["type"] = "boolean" },
            "true: the page carries `facets`, counts over the whole result set by taxonomy term, channel and borough."),
    ];

    private const string SearchExtensionsSchema = """
        {
          "type": "object",
          "x-ncp-extension": true,
          "description": "What /services adds to the ORUK page when asked: `facets` with facets=true, and `distance` on each service after a search with a postcode.",
          "properties": {
            "facets": {
              "type": "object",
              "description": "Counts over every result, not just the page. A service counts under each value it has, so a facet's counts may add up to more than total_items.",
              "properties": {
                "taxonomy_terms": {
                  "type": "object",
                  "description": "By taxonomy name (ncp-need, ncp-nel-priority, ncp-channel, ncp-referral-route, ncp-language, ncp-sector): each term found in the results.",
                  "additionalProperties": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": { "type": "string", "format": "uuid", "description": "The term's id, for taxonomy_term_id." },
                        "term": { "type": "string" },
                        "name": { "type": "string" },
                        "count": { "type": "integer" }
                      }
                    }
                  }
                },
                "channel": { "$ref": "#/components/schemas/NcpValueFacets" },
                "borough": { "$ref": "#/components/schemas/NcpValueFacets" }
              }
            },
            "contents": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "distance": { "type": "number", "description": "Whole metres from the postcode's centroid to the service's nearest location; absent when the service has no location with coordinates." }
                }
              }
            }
          }
        }
        """;

    private const string ValueFacetsSchema = """
        {
          "type": "array",
          "x-ncp-extension": true,
          "description": "Counts by value: an ncp-channel code, or a borough (the name of a service area).",
          "items": {
            "type": "object",
            "properties": { "value": { "type": "string" }, "count": { "type": "integer" } }
          }
        }
        """;

    /// <summary>The standard's file with our extensions, as JSON bytes.</summary>
    public static byte[] Load(string standardPath) =>
        JsonSerializer.SerializeToUtf8Bytes(Extend(JsonNode.Parse(File.ReadAllText(standardPath))!), new JsonSerializerOptions { WriteIndented = true });

    public static JsonNode Extend(JsonNode standard)
    {
        var document = standard.DeepClone();
        var info = document["info"]!.AsObject();
        info["description"] = $"{(string?)info["description"]}. The Neighbourhood Care Platform's directory: this standard, with its own search extensions on /services, each marked {ExtensionMark}.";

        var services = document["paths"]![ServicesPath]!["get"]!.AsObject();
        var parameters = services["parameters"]!.AsArray();
        foreach (var (name, schema, description) in Parameters)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "query",
                ["required"] = false,
                ["description"] = description,
                ["schema"] = schema(),
                [ExtensionMark] = true,
            });
        }

        var content = services["responses"]!["200"]!["content"]!["application/json"]!.AsObject();
        var listSchema = content["schema"]!.DeepClone();
        content["schema"] = new JsonObject
        {
            ["allOf"] = new JsonArray(listSchema, new JsonObject { ["$ref"] = "#/components/schemas/NcpServiceSearchExtensions" }),
        };

        var components = document["components"]!.AsObject();
        if (components["schemas"] is not JsonObject schemas)
        {
            components["schemas"] = schemas = [];
        }

        schemas["NcpServiceSearchExtensions"] = JsonNode.Parse(SearchExtensionsSchema);
        schemas["NcpValueFacets"] = JsonNode.Parse(ValueFacetsSchema);
        return document;
    }

    private static JsonObject Enum(IEnumerable<string> values) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(value => JsonValue.Create(value))]) };
}
