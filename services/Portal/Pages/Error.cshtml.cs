using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.ServiceDefaults.Correlation;

namespace Portal.Pages;

/// <summary>
/// The NHS-style page for a request that failed: reached only by re-execution from the error
/// handlers (<see cref="Hosting.ErrorPages"/>), which set the status code it explains. It renders
/// for whichever method failed, so it has no handler beyond the direct-visit check.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status => Response.StatusCode;

    public bool IsServiceProblem => Status >= StatusCodes.Status500InternalServerError;

    /// <summary>The request's correlation id: what support staff need to find its log lines.</summary>
    public string? Reference => HttpContext.CorrelationId();

    public IActionResult OnGet()
    {
        var reExecuted = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null
            || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        return reExecuted ? Page() : NotFound();
    }
}
