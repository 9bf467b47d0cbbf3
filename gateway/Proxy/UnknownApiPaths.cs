namespace Gateway.Proxy;

/// <summary>
/// Paths under <c>/api/</c> that no service owns answer 404 problem+json from the gateway, rather than
/// falling through to the portal's HTML pages: API clients get an error they can read.
/// </summary>
public static class UnknownApiPaths
{
    public static WebApplication MapUnknownApiPaths(this WebApplication app)
    {
        app.Map("/api/{**rest}", (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "There is no API at this path.",
                detail: $"{context.Request.Path} is not an endpoint of the platform."))
            .AllowAnonymous();
        return app;
    }
}
