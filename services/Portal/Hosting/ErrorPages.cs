using Portal.Directory;

namespace Portal.Hosting;

/// <summary>
/// People get NHS-style error pages, never a stack trace or a problem+json document (those are for APIs).
/// Placed inside the service defaults, these handle a page's failure before the defaults' JSON handlers would.
/// </summary>
public static class ErrorPages
{
    private const string Path = "/error";

    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,
            StatusCodeSelector = exception => exception is DirectoryUnavailableException
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
        });

        // A page that answers NotFound() or BadRequest() with no body gets the matching error page.
        app.UseStatusCodePagesWithReExecute(Path + "/{0}");
        return app;
    }
}
