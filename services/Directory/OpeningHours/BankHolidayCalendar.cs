using System.Collections.Frozen;
using System.Text.Json;

namespace Directory.Api.OpeningHours;

/// <summary>
/// The bank holidays of England and Wales (all eight north east London boroughs are in England), read
/// from <c>data/bank-holidays/england-and-wales.json</c>: the GOV.UK feed's shape, kept in the
/// repository because the feed cannot be reached at run time. Dates outside the file (after 2028) are
/// ordinary days; <c>tools/update-bank-holidays.sh</c> extends it.
/// </summary>
public sealed class BankHolidayCalendar
{
    private const string Division = "england-and-wales";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly FrozenSet<DateOnly> _dates;

    public BankHolidayCalendar(IEnumerable<DateOnly> dates)
    {
        _dates = dates.ToFrozenSet();
    }

    /// <summary>Where the build puts the file beside the Directory (see Directory.Api.csproj).</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "OpeningHours", "england-and-wales.json");

    public static BankHolidayCalendar Load(string path)
    {
        using var file = File.OpenRead(path);
        var feed = JsonSerializer.Deserialize<Dictionary<string, FeedDivision>>(file, Json);
        if (feed is null || !feed.TryGetValue(Division, out var division) || division.Events is not { Count: > 0 } events)
        {
            throw new InvalidDataException($"{path} has no '{Division}' events: it should be in the shape of https://www.gov.uk/bank-holidays.json.");
        }

        return new BankHolidayCalendar(events.Select(e => e.Date));
    }

    public bool IsBankHoliday(DateOnly date) => _dates.Contains(date);

    private sealed record FeedDivision(List<FeedEvent>? Events);

    private sealed record FeedEvent(DateOnly Date);
}
