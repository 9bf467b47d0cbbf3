using Directory.Api.Geography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Directory.Api.Tests.Geography;

/// <summary><c>AddPostcodeGeocoding</c>: which geocoder the Directory gets from configuration.</summary>
public sealed class PostcodeGeocodingRegistrationTests(FakePostcodesIo server) : IClassFixture<FakePostcodesIo>
{
    [Fact]
    public async Task Without_configuration_the_offline_geocoder_is_used()
    {
        using var host = HostWith([]);

        var geocoder = host.Services.GetRequiredService<IPostcodeGeocoder>();

        Assert.IsType<OfflinePostcodeGeocoder>(geocoder);
        Assert.Equal("Newham", (await geocoder.GeocodeAsync(UkPostcode.Parse("E6"), CancellationToken.None)).LocalAuthority);
    }

    [Fact]
    public async Task The_PostcodesIo_provider_asks_the_configured_server()
    {
        using var host = HostWith(new()
        {
            ["Geocoding:Provider"] = "PostcodesIo",
            // No trailing slash: the registration adds it, so a path prefix would survive too.
            ["Geocoding:PostcodesIoUrl"] = server.Address.AbsoluteUri.TrimEnd('/'),
        });

        var geocoder = host.Services.GetRequiredService<IPostcodeGeocoder>();

        Assert.IsType<PostcodesIoGeocoder>(geocoder);
        var found = await geocoder.GeocodeAsync(UkPostcode.Parse("E6 2RT"), CancellationToken.None);
        Assert.Equal(GeocodePrecision.Postcode, found.Precision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("api.postcodes.io")]
    [InlineData("ftp://api.postcodes.io")]
    public void The_PostcodesIo_provider_without_a_server_address_stops_the_service_at_start(string? url)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => HostWith(new()
        {
            ["Geocoding:Provider"] = "PostcodesIo",
            ["Geocoding:PostcodesIoUrl"] = url,
        }));

        Assert.Contains("Geocoding:PostcodesIoUrl", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_stops_the_service_at_start()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => HostWith(new() { ["Geocoding:Provider"] = "Google" }));

        Assert.Contains("'Google'", refused.Message, StringComparison.Ordinal);
    }

    private static IHost HostWith(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPostcodeGeocoding();
        return builder.Build();
    }
}
