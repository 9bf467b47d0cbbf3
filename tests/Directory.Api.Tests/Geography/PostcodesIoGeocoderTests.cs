using Directory.Api.Geography;
using Platform.Testing;

namespace Directory.Api.Tests.Geography;

/// <summary>The postcodes.io client against a real HTTP server on loopback that answers as postcodes.io does.</summary>
public sealed class PostcodesIoGeocoderTests(FakePostcodesIo server) : IClassFixture<FakePostcodesIo>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.Address };

    private Task<GeocodeResult> GeocodeAsync(string postcode) =>
        new PostcodesIoGeocoder(_http).GeocodeAsync(UkPostcode.Parse(postcode), CancellationToken.None);

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_postcode_postcodes_io_knows_is_found_at_its_own_coordinates()
    {
        var found = await GeocodeAsync("e62rt");

        Assert.True(found.IsFound);
        Assert.Equal((51.535947, 0.058412), (found.Latitude, found.Longitude));
        Assert.Equal(GeocodePrecision.Postcode, found.Precision);
        Assert.Equal("Newham", found.LocalAuthority);
        Assert.Contains("/postcodes/E6%202RT", server.Requests);
    }

    [Fact]
    public async Task An_outcode_is_looked_up_as_an_outcode()
    {
        var found = await GeocodeAsync("E6");

        Assert.Equal((51.5266, 0.0537), (found.Latitude, found.Longitude));
        Assert.Equal(GeocodePrecision.District, found.Precision);
        Assert.Equal("Newham", found.LocalAuthority);
        Assert.Contains("/outcodes/E6", server.Requests);
    }

    [Fact]
    public async Task An_outcode_across_several_councils_has_no_single_local_authority()
    {
        var found = await GeocodeAsync("SW1A");

        Assert.True(found.IsFound);
        Assert.Null(found.LocalAuthority);
    }

    [Theory]
    [InlineData("ZZ9 9ZZ")]
    [InlineData("ZZ9")]
    public async Task A_postcode_postcodes_io_answers_404_for_is_unknown(string postcode)
    {
        Assert.Same(GeocodeResult.Unknown, await GeocodeAsync(postcode));
    }

    [Fact]
    public async Task A_postcode_postcodes_io_cannot_place_is_unknown()
    {
        Assert.Same(GeocodeResult.Unknown, await GeocodeAsync(FakePostcodesIo.UnplaceablePostcode));
    }

    [Fact]
    public async Task A_server_error_is_a_geocoding_failure_not_an_unknown_postcode()
    {
        var failure = await Assert.ThrowsAsync<PostcodeGeocodingException>(() => GeocodeAsync(FakePostcodesIo.ServerErrorPostcode));

        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_geocoding_failure()
    {
        using var nowhere = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{LoopbackPorts.Take(1)[0]}/") };

        var failure = await Assert.ThrowsAsync<PostcodeGeocodingException>(
            () => new PostcodesIoGeocoder(nowhere).GeocodeAsync(UkPostcode.Parse("E6 2RT"), CancellationToken.None));

        Assert.IsType<HttpRequestException>(failure.InnerException);
    }

    [Fact]
    public async Task A_reply_that_is_not_postcodes_io_JSON_is_a_geocoding_failure()
    {
        await Assert.ThrowsAsync<PostcodeGeocodingException>(() => GeocodeAsync(FakePostcodesIo.MaintenancePagePostcode));
    }
}
