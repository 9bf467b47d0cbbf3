using System.Text.Json.Nodes;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests.Search;

/// <summary>Pages of <c>/services</c> for the search tests, each checked against the ORUK schemas as it arrives.</summary>
public static class SearchPages
{
    public const string Services = "/api/directory/services";
    public const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    public const string NightLineId = "36edac25-420d-472c-b133-32e192c72c2f";

    /// <summary>The page for the query string, validated against <c>service_list.json</c> and each item against <c>service.json</c>.</summary>
    public static Task<JsonNode> GetAsync(HttpClient http, string query) => GetPageAsync(http, $"{Services}?{query}", "service_list", "service");

    /// <summary>The ids of every service matching the query (which sets no page), in the order given: one minimal page holds them all.</summary>
    public static async Task<IReadOnlyList<string>> IdsAsync(HttpClient http, string query) =>
        Ids(await GetAsync(http, With(query, "minimal=true&per_page=10000")));

    /// <summary>Every matching service (the query sets no page) as a full record, for checking what each one says about itself.</summary>
    public static async Task<IReadOnlyList<JsonNode>> FullAsync(HttpClient http, string query)
    {
        var page = await GetAsync(http, With(query, "full=true&per_page=200"));
        Assert.True((bool)page["last_page"]!, $"{query} has more than 200 results: narrow it.");
        return Contents(page);
    }

    private static string With(string query, string more) => query.Length == 0 ? more : $"{query}&{more}";

    /// <summary>The codes of a full record's terms in one taxonomy.</summary>
    public static IReadOnlyList<string> TermCodes(JsonNode service, string taxonomy) =>
        service["attributes"]!.AsArray()
            .Select(attribute => attribute!["taxonomy_term"]!)
            .Where(term => (string?)term["taxonomy"] == taxonomy)
            .Select(term => (string)term["term"]!)
            .ToList();
}
