namespace Directory.Api.Geography;

/// <summary>
/// A latitude/longitude rectangle that holds every point within a distance of a centre: a search
/// keeps only the candidates inside it (two range comparisons, indexable) before computing the exact
/// <see cref="GreatCircle"/> distance of the few that remain. It is never too small; it may be larger.
/// </summary>
public readonly record struct BoundingBox(double MinLatitude, double MinLongitude, double MaxLatitude, double MaxLongitude)
{
    public static BoundingBox Around(double latitude, double longitude, double metres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(metres);
        var angularRadius = metres / GreatCircle.MeanEarthRadiusInMetres;
        var halfHeight = double.RadiansToDegrees(angularRadius);
        var minLatitude = latitude - halfHeight;
        var maxLatitude = latitude + halfHeight;
        if (minLatitude <= -90 || maxLatitude >= 90)
        {
            // The circle takes in a pole, so every longitude.
            return new BoundingBox(Math.Max(-90, minLatitude), -180, Math.Min(90, maxLatitude), 180);
        }

        // The circle is widest not on the centre's parallel but nearer the pole, so dividing the
        // radius by cos(latitude) would clip it; this is the exact half-width (J. P. Matuschek,
        // "Finding points within a distance of a latitude/longitude using bounding coordinates").
        var halfWidth = double.RadiansToDegrees(Math.Asin(Math.Sin(angularRadius) / Math.Cos(double.DegreesToRadians(latitude))));
        var minLongitude = longitude - halfWidth;
        var maxLongitude = longitude + halfWidth;
        return minLongitude < -180 || maxLongitude > 180
            // Across the 180th meridian: widened to every longitude rather than split in two, which
            // only matters for places far from the United Kingdom.
            ? new BoundingBox(minLatitude, -180, maxLatitude, 180)
            : new BoundingBox(minLatitude, minLongitude, maxLatitude, maxLongitude);
    }

    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;
}
