using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Correlation;

/// <summary>
/// Carries one id per user request across the gateway and every service it reaches, so a support
/// call ("it failed at 10:02") can be matched to every log line. The gateway mints it; services
/// reuse the one they are given.
/// </summary>
public static class CorrelationIdMiddleware
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaxLength = 64;

    public static WebApplication UseCorrelationId(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Correlation");
        app.Use(async (context, next) =>
        {
            var correlationId = Accept(context.Request.Headers[HeaderName].ToString()) ?? Guid.NewGuid().ToString("N");
            context.Request.Headers[HeaderName] = correlationId;
            context.Items[HeaderName] = correlationId;
            // Set as the response starts, replacing any copy a proxied service already answered with.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = correlationId;
                return Task.CompletedTask;
            });
            Activity.Current?.SetTag("correlation.id", correlationId);

            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
            {
                await next(context);
            }
        });
        return app;
    }

    public static string? CorrelationId(this HttpContext context) => context.Items[HeaderName] as string;

    // An id from outside is echoed into logs and headers: accept only a short token of safe characters.
    private static string? Accept(string candidate) =>
        candidate.Length is > 0 and <= MaxLength && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? candidate
            : null;
}
