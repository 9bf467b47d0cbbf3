using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Polly;

namespace Portal.Directory;

/// <summary>Reads services from the Directory's Open Referral UK 3.0 REST API.</summary>
public sealed class DirectoryClient(HttpClient http)
{
    private const string ServicesPath = "/api/directory/services";
    private const string ServiceAtLocationsPath = "/api/directory/service_at_locations";

    private static readonly JsonSerializerOptions OpenReferralJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>One page of the services matching <paramref name="search"/>, as the Directory orders them.</summary>
    public async Task<PageDocument<ServiceDocument>> SearchServicesAsync(
        string search, int page, int perPage, CancellationToken cancellationToken)
    {
        var uri = QueryHelpers.AddQueryString(ServicesPath, new Dictionary<string, string?>
        {
            ["search"] = search,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
            ["per_page"] = perPage.ToString(CultureInfo.InvariantCulture),

            // A result shows where, cost and how to get help: ORUK lists give a service's own fields unless asked for full records.
            ["full"] = "true",
        });
        return await GetAsync<PageDocument<ServiceDocument>>(uri, IsNotFoundAsync, cancellationToken)
            ?? throw new InvalidOperationException($"The Directory answered 404 for its service list ({uri}).");
    }

    /// <summary>
    /// One page of the places within <paramref name="proximityInMetres"/> of <paramref name="postcode"/>
    /// where services matching <paramref name="search"/> (or any, when it is null) are delivered, nearest
    /// first, each with its service and distance; or null when the Directory does not know the postcode.
    /// </summary>
    public async Task<PageDocument<ServiceAtLocationDocument>?> SearchNearAsync(
        string? search, string postcode, int proximityInMetres, int page, int perPage, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string?>
        {
            ["postcode"] = postcode,
            ["proximity"] = proximityInMetres.ToString(CultureInfo.InvariantCulture),
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
            ["per_page"] = perPage.ToString(CultureInfo.InvariantCulture),

            // A result shows the service's organisation, cost and how to get help, which only full records nest.
            ["full"] = "true",
        };
        if (search is not null)
        {
            query["search"] = search;
        }

        return await GetAsync<PageDocument<ServiceAtLocationDocument>>(
            QueryHelpers.AddQueryString(ServiceAtLocationsPath, query), IsUnknownPostcodeAsync, cancellationToken);
    }

    /// <summary>The full record of one service, or null when the Directory has no service with this id.</summary>
    public Task<ServiceDocument?> FindServiceAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<ServiceDocument>($"{ServicesPath}/{id}", IsNotFoundAsync, cancellationToken);

    /// <summary>The document, or null when <paramref name="meansNone"/> reads the Directory's answer as "there is none".</summary>
    private async Task<T?> GetAsync<T>(
        string uri, Func<HttpResponseMessage, CancellationToken, Task<bool>> meansNone, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            if (await meansNone(response, cancellationToken))
            {
                return null;
            }

            if (IsUnavailable(response.StatusCode))
            {
                throw new DirectoryUnavailableException($"The Directory answered {(int)response.StatusCode} to GET {uri}.");
            }

            // Anything else the Directory refuses is a request the portal should never have sent.
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The Directory refused GET {uri} with {(int)response.StatusCode}.");
            }

            return await response.Content.ReadFromJsonAsync<T>(OpenReferralJson, cancellationToken)
                ?? throw new InvalidOperationException($"The Directory answered GET {uri} with an empty body.");
        }
        catch (Exception exception) when (exception is HttpRequestException or ExecutionRejectedException)
        {
            // Connection refused or reset, an attempt or the whole request timed out, or the circuit is open.
            throw new DirectoryUnavailableException($"The Directory did not answer GET {uri}.", exception);
        }
    }

    private static Task<bool> IsNotFoundAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        Task.FromResult(response.StatusCode == HttpStatusCode.NotFound);

    /// <summary>
    /// The page checks a postcode's shape by the Directory's own rules before asking, so a 400 naming
    /// <c>postcode</c> means the Directory cannot place it: a postcode that does not exist, to a resident.
    /// </summary>
    private static async Task<bool> IsUnknownPostcodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return false;
        }

        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(cancellationToken);
        return problem?.Errors.ContainsKey("postcode") == true;
    }

    private static bool IsUnavailable(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
