using System.Net;
using System.Text.Json.Nodes;

namespace Directory.Api.Tests;

/// <summary>What every ORUK list and record must be: valid against its schema, paged consistently, refused clearly.</summary>
public static class FeedAssertions
{
    private static readonly string[] EnvelopeFields = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

    /// <summary>GETs a list page, checks it against the list schema, each item against the item schema, and the envelope's arithmetic.</summary>
    public static async Task<JsonNode> GetPageAsync(HttpClient http, string url, string listSchema, string itemSchema)
    {
        var json = await GetJsonAsync(http, url);
        await OrukSchemas.AssertValidAsync(listSchema, json);
        var page = OrukSchemas.Parse(json);
        foreach (var item in Contents(page))
        {
            await OrukSchemas.AssertValidAsync(itemSchema, item.ToJsonString());
        }

        AssertEnvelope(page);
        return page;
    }

    /// <summary>
    /// The first, a middle and the last page of a list, at a page size that makes at least three
    /// pages of whatever the data holds: each validates, the flags say where it is, and no item
    /// appears twice. Returns the ids seen.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AssertFirstMiddleAndLastPagesAsync(
        HttpClient http, string path, string listSchema, string itemSchema)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var probe = await GetPageAsync(http, $"{path}{separator}per_page=1", listSchema, itemSchema);
        var totalItems = (int)probe["total_items"]!;
        Assert.True(totalItems >= 3, $"{path} needs at least three items to page through; it has {totalItems}.");
        var perPage = Math.Clamp(totalItems / 3, 1, 200);

        var first = await GetPageAsync(http, $"{path}{separator}per_page={perPage}&page=1", listSchema, itemSchema);
        var totalPages = (int)first["total_pages"]!;
        var middle = await GetPageAsync(http, $"{path}{separator}per_page={perPage}&page={(totalPages + 1) / 2}", listSchema, itemSchema);
        var last = await GetPageAsync(http, $"{path}{separator}per_page={perPage}&page={totalPages}", listSchema, itemSchema);

        Assert.True(totalPages >= 3, $"{path} at {perPage} a page has only {totalPages} pages.");
        Assert.True((bool)first["first_page"]! && !(bool)first["last_page"]!);
        Assert.False((bool)middle["first_page"]! || (bool)middle["last_page"]!);
        Assert.True((bool)last["last_page"]! && !(bool)last["first_page"]!);
        Assert.Equal(perPage, (int)first["size"]!);
        Assert.Equal(totalItems - (perPage * (totalPages - 1)), (int)last["size"]!);
        var ids = new[] { first, middle, last }.SelectMany(Contents).Select(item => (string)item["id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return ids;
    }

    /// <summary>A list with nothing in it: still a valid page, saying so.</summary>
    public static async Task AssertEmptyPageAsync(HttpClient http, string url, string listSchema, string itemSchema)
    {
        var page = await GetPageAsync(http, url, listSchema, itemSchema);
        Assert.Equal(0, (int)page["total_items"]!);
        Assert.Equal(0, (int)page["total_pages"]!);
        Assert.Equal(0, (int)page["size"]!);
        Assert.True((bool)page["empty"]!);
        Assert.True((bool)page["first_page"]!);
        Assert.True((bool)page["last_page"]!);
        Assert.Empty(Contents(page));
    }

    /// <summary>A 400 or 404 problem+json; for a 400, one that names <paramref name="parameter"/>.</summary>
    public static async Task<JsonNode> AssertProblemAsync(HttpClient http, string url, HttpStatusCode status, string? parameter = null)
    {
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"GET {url}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = OrukSchemas.Parse(body);
        if (parameter is not null)
        {
            Assert.True(problem["errors"]?[parameter] is not null, $"GET {url}: the problem does not name '{parameter}': {body}");
        }

        return problem;
    }

    public static async Task<string> GetJsonAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    public static IReadOnlyList<JsonNode> Contents(JsonNode page) => page["contents"]!.AsArray().Select(item => item!).ToList();

    public static IReadOnlyList<string> Ids(JsonNode page) => Contents(page).Select(item => (string)item["id"]!).ToList();

    private static void AssertEnvelope(JsonNode page)
    {
        var fields = page.AsObject().Select(field => field.Key).ToList();
        Assert.All(EnvelopeFields, field => Assert.Contains(field, fields));
        var totalItems = (int)page["total_items"]!;
        var size = (int)page["size"]!;
        var pageNumber = (int)page["page_number"]!;
        var totalPages = (int)page["total_pages"]!;
        Assert.Equal(Contents(page).Count, size);
        Assert.Equal(size == 0, (bool)page["empty"]!);
        Assert.Equal(pageNumber == 1, (bool)page["first_page"]!);
        Assert.Equal(pageNumber >= totalPages, (bool)page["last_page"]!);
        Assert.Equal(totalItems == 0, totalPages == 0);
        Assert.True(size <= totalItems);
    }
}
