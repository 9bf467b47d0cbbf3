namespace Portal.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// Everything the pages use comes from this origin: the vendored NHS design system and our one
    /// script. Nothing inline, no other origin, and no one may frame the portal.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// What someone searched for, and which service they looked at, can say something about their
    /// health: no address from the portal is passed to another site.
    /// </summary>
    private const string ReferrerPolicy = "same-origin";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Set as the response starts, so error pages written after the response was cleared carry them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
