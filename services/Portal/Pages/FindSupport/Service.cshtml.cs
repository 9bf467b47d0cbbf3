using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>A service's full record, read from the Directory each time (it is the source of truth).</summary>
public sealed class ServiceModel(DirectoryClient directory) : PageModel
{
    public ServiceDocument Service { get; private set; } = null!;

    public IReadOnlyList<OpeningTime> OpeningTimes { get; private set; } = [];

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
        return Page();
    }
}
