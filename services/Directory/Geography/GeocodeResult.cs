namespace Directory.Api.Geography;

/// <summary>
/// Where a postcode is, or that it is unknown. Unknown is an answer, not a failure: a well-formed
/// postcode that the data does not place (retired, not yet issued, a PO box, outside Great Britain).
/// </summary>
public sealed record GeocodeResult
{
    private GeocodeResult()
    {
    }

    /// <summary>Unknown's coordinates are NaN, so a caller that forgets to check <see cref="IsFound"/> gets no distances rather than wrong ones.</summary>
    public static GeocodeResult Unknown { get; } = new() { Latitude = double.NaN, Longitude = double.NaN };

    public bool IsFound { get; private init; }

    /// <summary>WGS84 degrees.</summary>
    public double Latitude { get; private init; }

    /// <summary>WGS84 degrees.</summary>
    public double Longitude { get; private init; }

    /// <summary>Null when unknown.</summary>
    public GeocodePrecision? Precision { get; private init; }

    /// <summary>The council the postcode (or most of its sector or district) lies in, when known: "Newham".</summary>
    public string? LocalAuthority { get; private init; }

    public static GeocodeResult Found(double latitude, double longitude, GeocodePrecision precision, string? localAuthority) =>
        new()
        {
            IsFound = true,
            Latitude = latitude,
            Longitude = longitude,
            Precision = precision,
            LocalAuthority = localAuthority,
        };
}
