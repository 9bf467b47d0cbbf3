using Directory.Api.Geography;
using Platform.Testing;

namespace Directory.Api.Tests.Geography;

/// <summary>The offline geocoder on the centroid files as the build copies them beside the Directory.</summary>
public sealed class OfflinePostcodeGeocoderTests
{
    private static readonly OfflinePostcodeGeocoder Geocoder = OfflinePostcodeGeocoder.Load(OfflinePostcodeGeocoder.DefaultDataDirectory);

    private static Task<GeocodeResult> GeocodeAsync(string postcode) => Geocoder.GeocodeAsync(UkPostcode.Parse(postcode), CancellationToken.None);

    [Fact]
    public async Task An_outcode_is_placed_at_its_district_centroid()
    {
        var e6 = await GeocodeAsync("E6");

        Assert.True(e6.IsFound);
        Assert.Equal(51.52657, e6.Latitude);
        Assert.Equal(0.05379, e6.Longitude);
        Assert.Equal(GeocodePrecision.District, e6.Precision);
        Assert.Equal("Newham", e6.LocalAuthority);
    }

    [Theory]
    [InlineData("IG1", 51.55946, 0.07339, "Redbridge")]
    [InlineData("RM1", 51.58294, 0.18355, "Havering")]
    [InlineData("EC1A", 51.52055, -0.10419, "City of London")]
    [InlineData("SW1A", 51.50452, -0.13225, "City of Westminster")]
    public async Task The_checks_in_SOURCE_md_hold(string outcode, double latitude, double longitude, string localAuthority)
    {
        var district = await GeocodeAsync(outcode);

        Assert.Equal((latitude, longitude, localAuthority), (district.Latitude, district.Longitude, district.LocalAuthority));
    }

    [Fact]
    public async Task A_full_postcode_is_placed_at_its_sector_centroid()
    {
        var postcode = await GeocodeAsync("e6 2rt");

        Assert.True(postcode.IsFound);
        Assert.Equal(51.53580, postcode.Latitude); // sector E6 2, not district E6
        Assert.Equal(0.05909, postcode.Longitude);
        Assert.Equal(GeocodePrecision.Sector, postcode.Precision);
        Assert.Equal("Newham", postcode.LocalAuthority);
    }

    [Theory]
    [InlineData("E6 4AA", "E6")] // London, but there is no sector E6 4
    [InlineData("AB10 1AA", "AB10")] // outside London: only districts
    public async Task A_full_postcode_whose_sector_is_not_in_the_table_is_placed_at_its_district(string postcode, string outcode)
    {
        var placed = await GeocodeAsync(postcode);
        var district = await GeocodeAsync(outcode);

        Assert.Equal(GeocodePrecision.District, placed.Precision);
        Assert.Equal((district.Latitude, district.Longitude), (placed.Latitude, placed.Longitude));
    }

    [Theory]
    [InlineData("ZZ9")] // well formed, never issued
    [InlineData("ZZ9 9ZZ")]
    [InlineData("BT1 1AA")] // Northern Ireland: Code-Point Open covers Great Britain only
    [InlineData("JE2 3AB")] // Jersey
    [InlineData("GIR 0AA")]
    public async Task A_well_formed_postcode_the_data_does_not_hold_is_unknown(string postcode)
    {
        var unknown = await GeocodeAsync(postcode);

        Assert.False(unknown.IsFound);
        Assert.Same(GeocodeResult.Unknown, unknown);
        Assert.True(double.IsNaN(unknown.Latitude));
    }

    [Theory]
    [InlineData("W1A")]
    [InlineData("W1A 1AA")]
    [InlineData("E98")]
    [InlineData("E98 1XY")]
    [InlineData("CR90")]
    [InlineData("N1P")]
    [InlineData("N81")]
    [InlineData("NW1W")]
    [InlineData("NW26")]
    [InlineData("SE1P")]
    public async Task Non_geographic_districts_are_unknown_although_the_data_places_them_at_a_sorting_office(string postcode)
    {
        Assert.False((await GeocodeAsync(postcode)).IsFound);
    }

    [Theory]
    [InlineData("W2 7AB")]
    [InlineData("W10 9AA")]
    [InlineData("W11 9AA")]
    [InlineData("W12 2AA")]
    [InlineData("W12 6AA")]
    [InlineData("N8 1AA")]
    public async Task PO_box_sectors_are_unknown_rather_than_placed_at_their_district(string postcode)
    {
        Assert.False((await GeocodeAsync(postcode)).IsFound);
    }

    [Fact]
    public async Task The_other_sectors_of_a_district_with_PO_boxes_are_found()
    {
        var w2 = await GeocodeAsync("W2 1AA");

        Assert.Equal(GeocodePrecision.Sector, w2.Precision);
        Assert.Equal("City of Westminster", w2.LocalAuthority);
    }

    [Fact]
    public async Task A_local_authority_name_with_commas_is_read_whole()
    {
        Assert.Equal("Bournemouth, Christchurch and Poole", (await GeocodeAsync("BH1")).LocalAuthority);
    }

    [Fact]
    public async Task Every_district_and_sector_in_the_data_is_found_except_the_non_geographic_ones()
    {
        string[] nonGeographic = ["W1A", "CR90", "E98", "N1P", "N81", "NW1W", "NW26", "SE1P", "W2 7", "W10 9", "W11 9", "W12 2", "W12 6", "N8 1"];
        var districts = FirstColumn("uk_postcode_districts.csv");
        var sectors = FirstColumn("london_postcode_sectors.csv");
        Assert.Equal(2864, districts.Count);
        Assert.Equal(1309, sectors.Count);

        // A sector is asked for through a full postcode in it.
        foreach (var code in districts.Concat(sectors.Select(sector => sector + "AA")))
        {
            var result = await GeocodeAsync(code);
            var expectedFound = !nonGeographic.Any(excluded => code == excluded || code.StartsWith(excluded + " ", StringComparison.Ordinal) || code == excluded + "AA");
            Assert.True(result.IsFound == expectedFound, $"{code}: found {result.IsFound}");
        }
    }

    [Fact]
    public void The_attribution_line_is_the_one_in_SOURCE_md()
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("data", "postcodes", "SOURCE.md"));

        Assert.Contains("> " + OfflinePostcodeGeocoder.Attribution + "\n", source, StringComparison.Ordinal);
    }

    private static List<string> FirstColumn(string file) =>
        File.ReadLines(Path.Combine(OfflinePostcodeGeocoder.DefaultDataDirectory, file)).Skip(1).Select(line => line.Split(',')[0]).ToList();
}
