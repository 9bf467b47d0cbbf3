using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Correlation;

namespace Platform.ServiceDefaults.Problems;

/// <summary>Every error any host returns is an RFC 9457 problem details document.</summary>
public static class ProblemDetailsExtensions
{
    public static IHostApplicationBuilder AddPlatformProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.HttpContext.CorrelationId() is { } correlationId)
            {
                context.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        return builder;
    }
}
