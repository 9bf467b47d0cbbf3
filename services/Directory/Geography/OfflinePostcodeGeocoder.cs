using System.Collections.Frozen;
using System.Globalization;

namespace Directory.Api.Geography;

/// <summary>
/// Places postcodes with the OS Code-Point Open centroids copied into <c>data/postcodes/</c>: a full
/// postcode at its sector's centroid when the sector is in the London sector table, else at its
/// district's; an outcode at its district's. Both tables (about 4,200 rows) are read once into
/// dictionaries, which takes milliseconds, so every lookup afterwards is a hash lookup and no I/O.
/// </summary>
public sealed class OfflinePostcodeGeocoder : IPostcodeGeocoder
{
    /// <summary>The line any page showing locations or distances from this data must carry (Open Government Licence).</summary>
    public const string Attribution =
        "Contains OS data © Crown copyright and database right 2025. "
        + "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
        + "Contains National Statistics data © Crown copyright and database right 2025.";

    // Non-geographic (PO box and large-user) districts and sectors are answered as unknown. Their
    // postcodes are delivered to a sorting office, so their centroid is that office, sometimes kilometres
    // from the district it is named after (the W12 2 PO boxes sit in Ealing): a "services near W1A"
    // search would rank services around the office, which is no neighbourhood anyone lives in. The
    // list is the one in data/postcodes/SOURCE.md.
    private static readonly FrozenSet<string> NonGeographicDistricts =
        FrozenSet.Create(StringComparer.Ordinal, "W1A", "CR90", "E98", "N1P", "N81", "NW1W", "NW26", "SE1P");

    private static readonly FrozenSet<string> NonGeographicSectors =
        FrozenSet.Create(StringComparer.Ordinal, "W2 7", "W10 9", "W11 9", "W12 2", "W12 6", "N8 1");

    private readonly FrozenDictionary<string, Centroid> _districts;
    private readonly FrozenDictionary<string, Centroid> _sectors;

    private OfflinePostcodeGeocoder(FrozenDictionary<string, Centroid> districts, FrozenDictionary<string, Centroid> sectors)
    {
        _districts = districts;
        _sectors = sectors;
    }

    /// <summary>Where the build puts the two CSV files beside the Directory (see Directory.Api.csproj).</summary>
    public static string DefaultDataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Geography", "postcodes");

    public static OfflinePostcodeGeocoder Load(string dataDirectory) =>
        new(
            ReadCentroids(Path.Combine(dataDirectory, "uk_postcode_districts.csv"), keyColumn: "outcode"),
            ReadCentroids(Path.Combine(dataDirectory, "london_postcode_sectors.csv"), keyColumn: "sector"));

    public Task<GeocodeResult> GeocodeAsync(UkPostcode postcode, CancellationToken cancellationToken) =>
        Task.FromResult(Geocode(postcode));

    private GeocodeResult Geocode(UkPostcode postcode)
    {
        if (NonGeographicDistricts.Contains(postcode.Outcode))
        {
            return GeocodeResult.Unknown;
        }

        if (postcode.Sector is { } sector)
        {
            if (NonGeographicSectors.Contains(sector))
            {
                return GeocodeResult.Unknown;
            }

            if (_sectors.TryGetValue(sector, out var sectorCentroid))
            {
                return sectorCentroid.ToResult(GeocodePrecision.Sector);
            }
        }

        return _districts.TryGetValue(postcode.Outcode, out var districtCentroid)
            ? districtCentroid.ToResult(GeocodePrecision.District)
            : GeocodeResult.Unknown;
    }

    private static FrozenDictionary<string, Centroid> ReadCentroids(string path, string keyColumn)
    {
        var table = CsvTable.Read(path);
        var key = table.Column(keyColumn);
        var latitude = table.Column("latitude");
        var longitude = table.Column("longitude");
        var localAuthority = table.Column("main_local_authority");
        return table.Rows.ToFrozenDictionary(
            row => row[key],
            row => new Centroid(
                double.Parse(row[latitude], NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(row[longitude], NumberStyles.Float, CultureInfo.InvariantCulture),
                row[localAuthority]),
            StringComparer.Ordinal);
    }

    private readonly record struct Centroid(double Latitude, double Longitude, string LocalAuthority)
    {
        public GeocodeResult ToResult(GeocodePrecision precision) => GeocodeResult.Found(Latitude, Longitude, precision, LocalAuthority);
    }
}
