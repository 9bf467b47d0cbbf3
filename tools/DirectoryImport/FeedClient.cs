using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;

namespace DirectoryImport;

/// <summary>Reads an ORUK 3.0 API: its root, and its taxonomy and service lists page by page.</summary>
public sealed class FeedClient(HttpClient http, Uri feed) : IDisposable
{
    public const string Version = "HSDS-UK-3.0";

    /// <summary>The collections only a fully nested service carries: a list item with none of them is fetched by itself.</summary>
    private static readonly string[] NestedCollections =
        ["service_at_locations", "schedules", "contacts", "attributes", "cost_options", "service_areas", "languages", "funding"];

    private readonly string _base = feed.AbsoluteUri.TrimEnd('/');

    /// <summary>The feed's root must say it is ORUK 3.0: anything else is a different standard, or not a feed.</summary>
    public async Task CheckVersionAsync(CancellationToken cancellationToken)
    {
        var root = await GetJsonAsync($"{_base}/", cancellationToken) as JsonObject
            ?? throw new FeedUnreadableException($"{_base}/ does not answer with the ORUK API details (a JSON object).");
        var version = root["version"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (version != Version)
        {
            throw new FeedUnreadableException(version is null
                ? $"{_base}/ gives no version: it is not an Open Referral UK API root."
                : $"{_base}/ says version '{version}': only {Version} feeds can be imported.");
        }
    }

    /// <summary>The feed's taxonomies with their terms, or none when it does not publish them (404).</summary>
    public async Task<IReadOnlyList<TaxonomyDocument>> ReadTaxonomiesAsync(int perPage, CancellationToken cancellationToken)
    {
        var taxonomies = new List<TaxonomyDocument>();
        for (var page = 1; ; page++)
        {
            var json = await GetJsonAsync($"{_base}/taxonomies?page={page}&per_page={perPage}", cancellationToken, notFoundIsEmpty: true);
            if (json is null)
            {
                return taxonomies;
            }

            var envelope = PageOf(json, $"{_base}/taxonomies page {page}");
            foreach (var item in envelope.Items)
            {
                try
                {
                    if (item?.Deserialize<TaxonomyDocument>(OpenReferralJson.Options) is { } taxonomy)
                    {
                        taxonomies.Add(taxonomy);
                    }
                }
                catch (JsonException)
                {
                    // A taxonomy that cannot be read is left out; the services whose terms it defines say so.
                }
            }

            if (envelope.IsLast)
            {
                return taxonomies;
            }
        }
    }

    public async Task<FeedPage> ReadServicesAsync(int page, int perPage, CancellationToken cancellationToken)
    {
        var url = $"{_base}/services?page={page}&per_page={perPage}&full=true";
        return PageOf(await GetJsonAsync(url, cancellationToken), $"{_base}/services page {page}");
    }

    /// <summary>
    /// The fully nested record of a listed service: the item itself when the feed gave it in full, else
    /// <c>/services/{id}</c>; null when the feed lists a service it then does not have.
    /// </summary>
    public async Task<JsonNode?> FullRecordAsync(JsonObject item, Guid id, CancellationToken cancellationToken) =>
        NestedCollections.Any(item.ContainsKey) ? item : await GetJsonAsync($"{_base}/services/{id}", cancellationToken, notFoundIsEmpty: true);

    public void Dispose() => http.Dispose();

    private static FeedPage PageOf(JsonNode? json, string what)
    {
        if (json is not JsonObject envelope || envelope["contents"] is not JsonArray contents)
        {
            throw new FeedUnreadableException($"{what} is not an ORUK page (an object with 'contents').");
        }

        var totalItems = Number(envelope, "total_items");
        var totalPages = Number(envelope, "total_pages");
        var pageNumber = Number(envelope, "page_number");
        var isLast = envelope["last_page"] is JsonValue last && last.TryGetValue<bool>(out var flag)
            ? flag
            : contents.Count == 0 || (totalPages is { } pages && pageNumber >= pages);
        return new FeedPage([.. contents], totalItems, totalPages, isLast || contents.Count == 0);
    }

    private static int? Number(JsonObject envelope, string name) =>
        envelope[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private async Task<JsonNode?> GetJsonAsync(string url, CancellationToken cancellationToken, bool notFoundIsEmpty = false)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new FeedUnreadableException($"{url} could not be reached: {exception.GetBaseException().Message}", exception);
        }

        using (response)
        {
            if (notFoundIsEmpty && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedUnreadableException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            try
            {
                return await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            }
            catch (JsonException exception)
            {
                throw new FeedUnreadableException($"{url} did not answer with JSON: {exception.Message}", exception);
            }
        }
    }
}

/// <summary>One page of an ORUK list: its items, and what the envelope says about the whole list.</summary>
public sealed record FeedPage(IReadOnlyList<JsonNode?> Items, int? TotalItems, int? TotalPages, bool IsLast);
