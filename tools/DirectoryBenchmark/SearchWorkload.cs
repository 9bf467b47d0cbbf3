using System.Globalization;

namespace DirectoryBenchmark;

/// <summary>One resident's search: words, where they are (and so which council they live in), how old they are.</summary>
public sealed record SearchCase(string Text, string Postcode, double Latitude, double Longitude, string Council, int Age);

/// <summary>
/// The searches every measurement cycles through, the same for the Directory and the baseline: words a
/// resident types, a full postcode in one of the eight north east London places (its sector centroid
/// is where both the Directory's offline geocoder and the baseline put it), an adult's age, 2 km.
/// </summary>
public sealed class SearchWorkload
{
    public const int RadiusInMetres = 2000;
    public const int PageSize = 10;

    private static readonly string[] Words =
    [
        "walking", "mental health", "debt advice", "carers", "diabetes", "stop smoking", "food", "english classes",
        "exercise", "loneliness", "housing", "benefits", "parenting", "memory", "counselling", "dementia",
        "cooking", "employment", "money", "wellbeing",
    ];

    private static readonly HashSet<string> NorthEastLondon =
    [
        "Barking and Dagenham", "City of London", "Hackney", "Havering", "Newham", "Redbridge", "Tower Hamlets", "Waltham Forest",
    ];

    private SearchWorkload(IReadOnlyList<SearchCase> cases, string openFilter, DateTime openAtLondon)
    {
        Cases = cases;
        OpenFilter = openFilter;
        OpenAtLondon = openAtLondon;
    }

    public IReadOnlyList<SearchCase> Cases { get; }

    /// <summary>The query-string filter for "open": <c>open_now=true</c> or <c>open_at=…</c>.</summary>
    public string OpenFilter { get; }

    /// <summary>The London clock reading the baseline checks schedules against.</summary>
    public DateTime OpenAtLondon { get; }

    public SearchCase this[int i] => Cases[i % Cases.Count];

    public SearchWorkload Keeping(IReadOnlyList<SearchCase> cases) => new(cases, OpenFilter, OpenAtLondon);

    public static SearchWorkload Create(string sectorsCsv, int seed, bool openNow, TimeProvider clock)
    {
        var sectors = PostcodeSector.ReadAll(sectorsCsv).Where(sector => NorthEastLondon.Contains(sector.Council)).ToList();
        if (sectors.Count == 0)
        {
            throw new InvalidDataException($"{sectorsCsv} has no postcode sectors in north east London.");
        }

        var random = new Random(seed);
        var cases = Enumerable.Range(0, 500).Select(_ =>
        {
            var sector = sectors[random.Next(sectors.Count)];
            var unit = string.Concat("ABDEFGHJLNPQRSTUWXYZ"[random.Next(20)], "ABDEFGHJLNPQRSTUWXYZ"[random.Next(20)]);
            return new SearchCase(Words[random.Next(Words.Length)], $"{sector.Sector}{unit}", sector.Latitude, sector.Longitude, sector.Council, random.Next(18, 81));
        }).ToList();

        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), london).DateTime;
        if (openNow)
        {
            return new SearchWorkload(cases, "open_now=true", now);
        }

        var daysToTuesday = ((int)DayOfWeek.Tuesday - (int)now.DayOfWeek + 7) % 7;
        var tuesday = now.Date.AddDays(daysToTuesday == 0 ? 7 : daysToTuesday).AddHours(10);
        return new SearchWorkload(cases, string.Create(CultureInfo.InvariantCulture, $"open_at={tuesday:yyyy-MM-ddTHH:mm}"), tuesday);
    }

    /// <summary>The Directory's <c>/services</c> query for a case: text, postcode and radius, age, open, first page.</summary>
    public string DirectoryQuery(SearchCase search) =>
        $"services?search={Uri.EscapeDataString(search.Text)}&postcode={Uri.EscapeDataString(search.Postcode)}&proximity={RadiusInMetres}" +
        $"&age={search.Age}&{OpenFilter}&per_page={PageSize}";
}
