using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>One of a service's schedules as its page shows it.</summary>
/// <param name="When">"Saturdays, 10am to 11:30am", or the schedule's own description when it cannot be said simply.</param>
/// <param name="Place">The location's name, when the service has more than one place.</param>
/// <param name="Details">The schedule's description, when <paramref name="When"/> is not already it.</param>
public sealed record OpeningTime(string When, string? Dates, string? Place, string? Details, string? Notes)
{
    public static IReadOnlyList<OpeningTime> For(ServiceDocument service)
    {
        var placeNames = service.ServiceAtLocations
            .Where(serviceAtLocation => serviceAtLocation.Location?.Name is not null)
            .ToDictionary(serviceAtLocation => serviceAtLocation.Id, serviceAtLocation => serviceAtLocation.Location!.Name!);

        return service.Schedules
            .Select(schedule => (Schedule: schedule, When: ScheduleText.Describe(schedule)))
            .Where(item => item.When is not null || item.Schedule.Description is not null)
            .Select(item => new OpeningTime(
                When: item.When ?? item.Schedule.Description!,
                Dates: ScheduleText.DescribeDates(item.Schedule),
                Place: placeNames.Count > 1 && item.Schedule.ServiceAtLocationId is { } id ? placeNames.GetValueOrDefault(id) : null,
                Details: item.When is null ? null : item.Schedule.Description,
                Notes: item.Schedule.Notes))
            .ToList();
    }
}
