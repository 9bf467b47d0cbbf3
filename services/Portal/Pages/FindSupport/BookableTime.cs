using System.Globalization;
using Portal.Appointments;
using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>A free time of a service as its page shows it, in London time whatever the server's zone.</summary>
/// <param name="When">"Saturday 28 November, 9:30am to 9:45am".</param>
/// <param name="Place">The location's name, when the service has more than one place.</param>
/// <param name="PlacesLeft">"1 place left", "12 places left".</param>
public sealed record BookableTime(string When, string? Place, string PlacesLeft)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<BookableTime> For(ServiceDocument service, IEnumerable<FreeTime> times)
    {
        var placeNames = service.ServiceAtLocations
            .Select(serviceAtLocation => serviceAtLocation.Location)
            .OfType<LocationDocument>()
            .Where(location => location.Name is not null)
            .DistinctBy(location => location.Id)
            .ToDictionary(location => location.Id, location => location.Name!);

        return times
            .Select(time => new BookableTime(
                When: Describe(time.Start, time.End),
                Place: placeNames.Count > 1 && time.LocationId is { } id ? placeNames.GetValueOrDefault(id) : null,
                PlacesLeft: DescribePlacesLeft(time.PlacesLeft)))
            .ToList();
    }

    /// <summary>"Saturday 28 November, 9:30am to 9:45am"; a time that ends on another day names both days.</summary>
    public static string Describe(DateTimeOffset start, DateTimeOffset end)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, London);
        var localEnd = TimeZoneInfo.ConvertTime(end, London);
        var ends = localEnd.Date == localStart.Date ? Time(localEnd) : $"{Day(localEnd)}, {Time(localEnd)}";
        return $"{Day(localStart)}, {Time(localStart)} to {ends}";
    }

    public static string DescribePlacesLeft(int places) =>
        places == 1 ? "1 place left" : string.Create(CultureInfo.InvariantCulture, $"{places} places left");

    private static string Day(DateTimeOffset time) => time.ToString("dddd d MMMM", English);

    private static string Time(DateTimeOffset time) => ScheduleText.Time(TimeOnly.FromDateTime(time.DateTime));
}
