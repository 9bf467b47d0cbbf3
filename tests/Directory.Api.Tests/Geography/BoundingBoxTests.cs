using Directory.Api.Geography;

namespace Directory.Api.Tests.Geography;

public sealed class BoundingBoxTests
{
    private const double Latitude = 51.52657, Longitude = 0.05379; // the E6 centroid

    [Theory]
    [InlineData(500)]
    [InlineData(2_000)]
    [InlineData(50_000)]
    public void Every_point_within_the_radius_lies_inside_the_box(double metres)
    {
        var box = BoundingBox.Around(Latitude, Longitude, metres);

        for (var bearing = 0; bearing < 360; bearing += 5)
        {
            var (latitude, longitude) = Destination(Latitude, Longitude, bearing, metres * 0.9999);
            Assert.True(box.Contains(latitude, longitude), $"{metres} m at {bearing}°: {latitude}, {longitude} is outside {box}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void A_point_just_beyond_the_radius_due_north_east_south_or_west_lies_outside(double bearing)
    {
        var box = BoundingBox.Around(Latitude, Longitude, 2_000);

        var (latitude, longitude) = Destination(Latitude, Longitude, bearing, 2_000 * 1.01);
        Assert.False(box.Contains(latitude, longitude));
    }

    [Fact]
    public void The_box_is_no_wider_than_it_must_be()
    {
        var box = BoundingBox.Around(Latitude, Longitude, 2_000);

        // Its north edge is at the radius exactly; its east edge, measured along the centre's parallel, within a metre or two.
        Assert.Equal(2_000, GreatCircle.DistanceInMetres(Latitude, Longitude, box.MaxLatitude, Longitude), 0.01);
        Assert.Equal(2_000, GreatCircle.DistanceInMetres(Latitude, Longitude, Latitude, box.MaxLongitude), 2);
    }

    [Fact]
    public void A_box_that_takes_in_a_pole_spans_every_longitude()
    {
        var box = BoundingBox.Around(89.99, 0, 5_000);

        Assert.Equal((-180, 180, 90), (box.MinLongitude, box.MaxLongitude, box.MaxLatitude));
        Assert.True(box.Contains(89.995, 179));
    }

    [Fact]
    public void A_negative_radius_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BoundingBox.Around(Latitude, Longitude, -1));
    }

    /// <summary>The point at a distance and bearing from a start, on the same sphere (the direct problem).</summary>
    private static (double Latitude, double Longitude) Destination(double latitude, double longitude, double bearingDegrees, double metres)
    {
        var angularDistance = metres / GreatCircle.MeanEarthRadiusInMetres;
        var bearing = bearingDegrees * Math.PI / 180;
        var latitude1 = latitude * Math.PI / 180;
        var longitude1 = longitude * Math.PI / 180;
        var latitude2 = Math.Asin((Math.Sin(latitude1) * Math.Cos(angularDistance)) + (Math.Cos(latitude1) * Math.Sin(angularDistance) * Math.Cos(bearing)));
        var longitude2 = longitude1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angularDistance) * Math.Cos(latitude1), Math.Cos(angularDistance) - (Math.Sin(latitude1) * Math.Sin(latitude2)));
        return (latitude2 * 180 / Math.PI, longitude2 * 180 / Math.PI);
    }
}
