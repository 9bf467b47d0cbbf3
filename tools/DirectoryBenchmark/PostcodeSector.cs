using System.Globalization;

namespace DirectoryBenchmark;

/// <summary>A postcode sector's centroid and council, from the OS Code-Point Open table in <c>data/postcodes/</c>.</summary>
public sealed record PostcodeSector(string Sector, double Latitude, double Longitude, string Council)
{
    /// <summary>Every row of <c>london_postcode_sectors.csv</c> (sector, outcode, latitude, longitude, n_postcodes, main_local_authority).</summary>
    public static IEnumerable<PostcodeSector> ReadAll(string csv) =>
        File.ReadLines(csv)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(columns => new PostcodeSector(
                columns[0],
                double.Parse(columns[2], CultureInfo.InvariantCulture),
                double.Parse(columns[3], CultureInfo.InvariantCulture),
                columns[5]));
}
