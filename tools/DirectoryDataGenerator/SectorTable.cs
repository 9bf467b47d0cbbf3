using System.Globalization;

namespace DirectoryDataGenerator;

/// <summary>A London postcode sector: its OS Code-Point Open centroid and the borough most of it lies in.</summary>
public sealed record Sector(string Code, double Latitude, double Longitude, int Postcodes, string Borough);

/// <summary>
/// The London postcode sectors a synthetic location can be placed in (the embedded copy of the OS
/// Code-Point Open centroids; see Data/SOURCE.md), by borough and weighted by how many postcodes each has.
/// </summary>
public sealed class SectorTable
{
    /// <summary>The ONS GSS codes of the 33 London boroughs, by the names the sector file uses.</summary>
    public static readonly IReadOnlyDictionary<string, string> LondonBoroughs = new Dictionary<string, string>
    {
        ["City of London"] = "E09000001", ["Barking and Dagenham"] = "E09000002", ["Barnet"] = "E09000003",
        ["Bexley"] = "E09000004", ["Brent"] = "E09000005", ["Bromley"] = "E09000006", ["Camden"] = "E09000007",
        ["Croydon"] = "E09000008", ["Ealing"] = "E09000009", ["Enfield"] = "E09000010", ["Greenwich"] = "E09000011",
        ["Hackney"] = "E09000012", ["Hammersmith and Fulham"] = "E09000013", ["Haringey"] = "E09000014",
        ["Harrow"] = "E09000015", ["Havering"] = "E09000016", ["Hillingdon"] = "E09000017", ["Hounslow"] = "E09000018",
        ["Islington"] = "E09000019", ["Kensington and Chelsea"] = "E09000020", ["Kingston upon Thames"] = "E09000021",
        ["Lambeth"] = "E09000022", ["Lewisham"] = "E09000023", ["Merton"] = "E09000024", ["Newham"] = "E09000025",
        ["Redbridge"] = "E09000026", ["Richmond upon Thames"] = "E09000027", ["Southwark"] = "E09000028",
        ["Sutton"] = "E09000029", ["Tower Hamlets"] = "E09000030", ["Waltham Forest"] = "E09000031",
        ["Wandsworth"] = "E09000032", ["City of Westminster"] = "E09000033",
    };

    // Non-geographic and PO-box districts and sectors sit at a delivery office, not a neighbourhood.
    private static readonly string[] NonGeographicDistricts = ["W1A", "CR90", "E98", "N1P", "N81", "NW1W", "NW26", "SE1P"];
    private static readonly string[] NonGeographicSectors = ["W2 7", "W10 9", "W11 9", "W12 2", "W12 6", "N8 1"];

    private readonly Sector[] _sectors;
    private readonly long[] _cumulative;
    private readonly Dictionary<string, (Sector[] Sectors, long[] Cumulative)> _byBorough;

    private SectorTable(Sector[] sectors)
    {
        _sectors = sectors;
        _cumulative = Cumulative(sectors);
        _byBorough = sectors.GroupBy(s => s.Borough)
            .ToDictionary(g => g.Key, g => (g.ToArray(), Cumulative(g.ToArray())));
        Boroughs = [.. _byBorough.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Boroughs { get; }

    public int Count => _sectors.Length;

    public static SectorTable Load()
    {
        using var stream = typeof(SectorTable).Assembly.GetManifestResourceStream("DirectoryDataGenerator.london_postcode_sectors.csv")
            ?? throw new InvalidOperationException("The embedded sector table is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static SectorTable Parse(TextReader reader)
    {
        var header = reader.ReadLine()?.Trim().Split(',') ?? throw new InvalidDataException("The sector table is empty.");
        int Column(string name) => Array.IndexOf(header, name) is var index and >= 0 ? index : throw new InvalidDataException($"The sector table has no {name} column.");
        int code = Column("sector"), latitude = Column("latitude"), longitude = Column("longitude"), postcodes = Column("n_postcodes"), authority = Column("main_local_authority");

        var sectors = new List<Sector>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.TrimEnd('\r').Split(',');
            if (cells.Length < header.Length || !LondonBoroughs.ContainsKey(cells[authority]))
            {
                continue;
            }

            var sector = cells[code];
            var district = sector.Split(' ')[0];
            if (NonGeographicDistricts.Contains(district) || NonGeographicSectors.Contains(sector))
            {
                continue;
            }

            sectors.Add(new Sector(
                sector,
                double.Parse(cells[latitude], CultureInfo.InvariantCulture),
                double.Parse(cells[longitude], CultureInfo.InvariantCulture),
                int.Parse(cells[postcodes], CultureInfo.InvariantCulture),
                cells[authority]));
        }

        return new SectorTable([.. sectors]);
    }

    /// <summary>A sector anywhere in London, more likely where there are more postcodes (and so more people).</summary>
    public Sector Pick(Random random) => Pick(random, _sectors, _cumulative);

    /// <summary>A sector in one borough, weighted the same way.</summary>
    public Sector PickIn(Random random, string borough) =>
        _byBorough.TryGetValue(borough, out var sectors) ? Pick(random, sectors.Sectors, sectors.Cumulative) : Pick(random);

    public Sector? Find(string sectorCode) => _sectors.FirstOrDefault(s => s.Code == sectorCode);

    private static Sector Pick(Random random, Sector[] sectors, long[] cumulative)
    {
        var target = random.NextInt64(cumulative[^1]);
        var index = Array.BinarySearch(cumulative, target + 1);
        return sectors[index >= 0 ? index : ~index];
    }

    private static long[] Cumulative(Sector[] sectors)
    {
        var cumulative = new long[sectors.Length];
        long total = 0;
        for (var i = 0; i < sectors.Length; i++)
        {
            total += Math.Max(1, sectors[i].Postcodes);
            cumulative[i] = total;
        }

        return cumulative;
    }
}
