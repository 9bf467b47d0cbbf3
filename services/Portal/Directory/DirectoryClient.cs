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
        return await GetAsync<PageDocument<ServiceDocument>>(uri, cancellationToken)
            ?? throw new InvalidOperationException($"The Directory answered 404 for its service list ({uri}).");
    }

    /// <summary>The full record of one service, or null when the Directory has no service with this id.</summary>
    public Task<ServiceDocument?> FindServiceAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<ServiceDocument>($"{ServicesPath}/{id}", cancellationToken);

    private async Task<T?> GetAsync<T>(string uri, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
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

    private static bool IsUnavailable(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
