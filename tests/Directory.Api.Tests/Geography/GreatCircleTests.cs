using Directory.Api.Geography;

namespace Directory.Api.Tests.Geography;

public sealed class GreatCircleTests
{
    private const double E6Latitude = 51.52657, E6Longitude = 0.05379;
    private const double Ig1Latitude = 51.55946, Ig1Longitude = 0.07339;

    [Fact]
    public void A_degree_of_latitude_along_a_meridian_is_the_radius_times_pi_over_180()
    {
        var expected = GreatCircle.MeanEarthRadiusInMetres * Math.PI / 180; // 111,195 m

        Assert.Equal(expected, GreatCircle.DistanceInMetres(51, 0, 52, 0), expected * 1e-9);
    }

    [Fact]
    public void From_the_E6_to_the_IG1_centroid_is_about_four_kilometres()
    {
        var distance = GreatCircle.DistanceInMetres(E6Latitude, E6Longitude, Ig1Latitude, Ig1Longitude);

        Assert.InRange(distance, 3_500, 4_500);
        var independent = SphericalLawOfCosines(E6Latitude, E6Longitude, Ig1Latitude, Ig1Longitude);
        Assert.Equal(independent, distance, independent * 0.005);
    }

    [Fact]
    public void Across_England_it_agrees_with_the_spherical_law_of_cosines()
    {
        // Newham to the centre of Leeds.
        var distance = GreatCircle.DistanceInMetres(E6Latitude, E6Longitude, 53.7997, -1.5492);

        var independent = SphericalLawOfCosines(E6Latitude, E6Longitude, 53.7997, -1.5492);
        Assert.InRange(distance, 270_000, 290_000);
        Assert.Equal(independent, distance, independent * 0.005);
    }

    [Fact]
    public void Distance_is_zero_to_the_same_point_and_the_same_both_ways()
    {
        Assert.Equal(0, GreatCircle.DistanceInMetres(E6Latitude, E6Longitude, E6Latitude, E6Longitude));
        Assert.Equal(
            GreatCircle.DistanceInMetres(E6Latitude, E6Longitude, Ig1Latitude, Ig1Longitude),
            GreatCircle.DistanceInMetres(Ig1Latitude, Ig1Longitude, E6Latitude, E6Longitude),
            1e-6);
    }

    [Fact]
    public void Antipodal_points_are_half_the_circumference_apart()
    {
        Assert.Equal(Math.PI * GreatCircle.MeanEarthRadiusInMetres, GreatCircle.DistanceInMetres(51.5, 0, -51.5, 180), 1);
    }

    /// <summary>A different formula for the same sphere: cos(d/R) = sin(lat1) sin(lat2) + cos(lat1) cos(lat2) cos(lon2 - lon1).</summary>
    private static double SphericalLawOfCosines(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var latitude1Radians = latitude1 * Math.PI / 180;
        var latitude2Radians = latitude2 * Math.PI / 180;
        var deltaLongitude = (longitude2 - longitude1) * Math.PI / 180;
        return 6_371_008.8 * Math.Acos((Math.Sin(latitude1Radians) * Math.Sin(latitude2Radians)) + (Math.Cos(latitude1Radians) * Math.Cos(latitude2Radians) * Math.Cos(deltaLongitude)));
    }
}
