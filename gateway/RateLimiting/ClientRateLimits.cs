using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Platform.ServiceDefaults.Authentication;

namespace Gateway.RateLimiting;

/// <summary>
/// Per-client limits: a signed-in caller is counted by their subject, so people behind one NAT'd
/// address (a GP surgery, a library) do not starve each other; anonymous callers by IP address.
/// </summary>
public static class ClientRateLimits
{
    public const string DirectoryFeed = "directory-feed";
    public const string Api = "api";
    public const string Portal = "portal";

    public static IHostApplicationBuilder AddClientRateLimits(this IHostApplicationBuilder builder)
    {
        var feed = Limit(builder.Configuration, DirectoryFeed, permitLimit: 100, windowSeconds: 10);
        var api = Limit(builder.Configuration, Api, permitLimit: 300, windowSeconds: 10);

        // A page brings its stylesheet, script and icons with it: a person browsing makes several requests a page.
        var portal = Limit(builder.Configuration, Portal, permitLimit: 600, windowSeconds: 10);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(DirectoryFeed, context => Partition(context, feed));
            limiter.AddPolicy(Api, context => Partition(context, api));
            limiter.AddPolicy(Portal, context => Partition(context, portal));
            limiter.OnRejected = WriteRejectionAsync;
        });
        return builder;
    }

    private static RateLimitOptions Limit(IConfiguration configuration, string name, int permitLimit, int windowSeconds)
    {
        var options = new RateLimitOptions { PermitLimit = permitLimit, WindowSeconds = windowSeconds };
        configuration.GetSection($"RateLimits:{name}").Bind(options);
        if (options.PermitLimit < 1 || options.WindowSeconds < 1)
        {
            throw new InvalidOperationException($"RateLimits:{name} needs PermitLimit and WindowSeconds of at least 1.");
        }

        return options;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        var key = context.User.SubjectId() is { } subject
            ? "user:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This client has made too many requests. Try again in {seconds} second(s).",
            },
        });
    }
}
