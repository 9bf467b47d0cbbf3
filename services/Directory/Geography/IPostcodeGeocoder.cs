namespace Directory.Api.Geography;

/// <summary>
/// Places a postcode or an outcode on the map. A postcode the geocoder does not know is
/// <see cref="GeocodeResult.Unknown"/>; a geocoder that cannot answer at all (its server is down)
/// throws <see cref="PostcodeGeocodingException"/>, which a caller turns into a 503.
/// </summary>
public interface IPostcodeGeocoder
{
    Task<GeocodeResult> GeocodeAsync(UkPostcode postcode, CancellationToken cancellationToken);
}
