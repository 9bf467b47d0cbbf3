using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Directory.Api.Geography;

/// <summary>
/// Places postcodes with a postcodes.io-compatible server (the public api.postcodes.io or a
/// self-hosted copy): <c>GET postcodes/{postcode}</c> for a full postcode, <c>GET outcodes/{outcode}</c>
/// for an outcode, each answering <c>{"status":200,"result":{"latitude":…,"longitude":…,"admin_district":…}}</c>.
/// The HttpClient's base address is the server (configuration <c>Geocoding:PostcodesIoUrl</c>).
/// </summary>
public sealed class PostcodesIoGeocoder(HttpClient http) : IPostcodeGeocoder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    // A postcode postcodes.io knows but cannot place (no grid reference: some new or PO box
    // postcodes) comes back with null coordinates, and is as unknown to a search as one it never heard of.
    public async Task<GeocodeResult> GeocodeAsync(UkPostcode postcode, CancellationToken cancellationToken)
    {
        if (postcode.IsFullPostcode)
        {
            var found = await LookUpAsync<PostcodeResponse>($"postcodes/{Uri.EscapeDataString(postcode.ToString())}", postcode, cancellationToken);
            return found?.Result is { Latitude: { } latitude, Longitude: { } longitude } result
                ? GeocodeResult.Found(latitude, longitude, GeocodePrecision.Postcode, result.AdminDistrict)
                : GeocodeResult.Unknown;
        }

        // An outcode can straddle councils, and postcodes.io lists them without saying which holds
        // most of it: only a single council is an answer.
        var outcode = await LookUpAsync<OutcodeResponse>($"outcodes/{Uri.EscapeDataString(postcode.Outcode)}", postcode, cancellationToken);
        return outcode?.Result is { Latitude: { } outcodeLatitude, Longitude: { } outcodeLongitude } district
            ? GeocodeResult.Found(outcodeLatitude, outcodeLongitude, GeocodePrecision.District, district.AdminDistrict is [var only] ? only : null)
            : GeocodeResult.Unknown;
    }

    /// <summary>The parsed reply, or null when the server does not know the postcode (404).</summary>
    private async Task<TResponse?> LookUpAsync<TResponse>(string path, UkPostcode postcode, CancellationToken cancellationToken)
        where TResponse : class
    {
        try
        {
            using var response = await http.GetAsync(path, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new PostcodeGeocodingException($"The postcode server answered {(int)response.StatusCode} for {postcode}.");
            }

            return await response.Content.ReadFromJsonAsync<TResponse>(Json, cancellationToken)
                ?? throw new PostcodeGeocodingException($"The postcode server's reply for {postcode} was empty.");
        }
        catch (HttpRequestException e)
        {
            throw new PostcodeGeocodingException($"The postcode server could not be reached for {postcode}.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PostcodeGeocodingException($"The postcode server did not answer in time for {postcode}.", e);
        }
        catch (JsonException e)
        {
            throw new PostcodeGeocodingException($"The postcode server's reply for {postcode} is not the postcodes.io shape.", e);
        }
    }

    private sealed record PostcodeResponse(PostcodeResult? Result);

    private sealed record PostcodeResult(double? Latitude, double? Longitude, string? AdminDistrict);

    private sealed record OutcodeResponse(OutcodeResult? Result);

    private sealed record OutcodeResult(double? Latitude, double? Longitude, string[]? AdminDistrict);
}
