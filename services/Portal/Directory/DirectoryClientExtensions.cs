using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.ServiceDefaults.Health;

namespace Portal.Directory;

public static class DirectoryClientExtensions
{
    /// <summary>The base address of the Directory's REST API.</summary>
    public const string AddressKey = "Services:Directory:Http";

    public static IHostApplicationBuilder AddDirectoryClient(this IHostApplicationBuilder builder)
    {
        var address = builder.Configuration[AddressKey] is { Length: > 0 } configured
            ? new Uri(configured)
            : throw new InvalidOperationException($"{AddressKey} is not set: the portal reads every service from the Directory's REST API.");

        // A person is waiting for the page: retry briefly, and give up well before they would.
        builder.Services.AddHttpClient<DirectoryClient>(http => http.BaseAddress = address)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
            });

        // Probes must answer quickly and must not be retried: a client of their own, without the pipeline.
        builder.Services.AddHttpClient(DirectoryReadinessCheck.ClientName, http =>
        {
            http.BaseAddress = address;
            http.Timeout = TimeSpan.FromSeconds(2);
        });
        builder.Services.AddHealthChecks().AddCheck<DirectoryReadinessCheck>(
            "directory", failureStatus: HealthStatus.Degraded, tags: [HealthEndpoints.ReadyTag]);

        return builder;
    }
}
