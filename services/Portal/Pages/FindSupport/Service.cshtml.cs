using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Appointments;
using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>
/// A service's full record, read from the Directory each time (it is the source of truth), and its next
/// free times from Appointments.
/// </summary>
public sealed class ServiceModel(DirectoryClient directory, AppointmentsClient appointments, TimeProvider clock) : PageModel
{
    /// <summary>Enough times to choose from, few enough to read at a glance.</summary>
    private const int MaxBookableTimes = 6;

    private static readonly TimeSpan BookingWindow = TimeSpan.FromDays(14);

    public ServiceDocument Service { get; private set; } = null!;

    public IReadOnlyList<OpeningTime> OpeningTimes { get; private set; } = [];

    public IReadOnlyList<BookableTime> BookableTimes { get; private set; } = [];

    /// <summary>Appointments did not answer, so the page cannot say whether there are times to book.</summary>
    public bool BookableTimesUnavailable { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var serviceId))
        {
            return BadRequest();
        }

        var service = await directory.FindServiceAsync(serviceId, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        OpeningTimes = OpeningTime.For(service);

        // Appointments takes no bookings for a service that is not active: its times are not offered.
        if (ServiceStatus.IsActive(service.Status))
        {
            var now = clock.GetUtcNow();
            var times = await appointments.ListFreeTimesAsync(serviceId, now, now + BookingWindow, MaxBookableTimes, cancellationToken);
            BookableTimes = times is null ? [] : BookableTime.For(service, times);
            BookableTimesUnavailable = times is null;
        }

        return Page();
    }
}
