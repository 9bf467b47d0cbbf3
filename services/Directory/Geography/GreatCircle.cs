namespace Directory.Api.Geography;

/// <summary>
/// Distances over the Earth's surface, treating it as a sphere of the mean radius. Against the
/// ellipsoid that is out by at most about 0.5% (a few metres across a borough), far less than the
/// distance between a postcode's centroid and the door the resident actually starts from.
/// </summary>
public static class GreatCircle
{
    /// <summary>The IUGG mean radius of the Earth, R1.</summary>
    public const double MeanEarthRadiusInMetres = 6_371_008.8;

    /// <summary>The haversine formula: well conditioned for short distances, where the spherical law of cosines loses digits.</summary>
    public static double DistanceInMetres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var latitude1Radians = double.DegreesToRadians(latitude1);
        var latitude2Radians = double.DegreesToRadians(latitude2);
        var sinHalfDeltaLatitude = Math.Sin((latitude2Radians - latitude1Radians) / 2);
        var sinHalfDeltaLongitude = Math.Sin(double.DegreesToRadians(longitude2 - longitude1) / 2);
        var h = (sinHalfDeltaLatitude * sinHalfDeltaLatitude) + (Math.Cos(latitude1Radians) * Math.Cos(latitude2Radians) * sinHalfDeltaLongitude * sinHalfDeltaLongitude);
        // Rounding can push h a hair above 1 for antipodal points, where Asin would give NaN.
        return 2 * MeanEarthRadiusInMetres * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }
}
