using Directory.Api.Changes;
using Platform.ServiceDefaults.Health;

namespace Directory.Api.Search.Index;

public static class ServiceIndexExtensions
{
    /// <summary>
    /// The search index: one per process, built at start, kept current through the change seam
    /// (<see cref="IDirectoryChangeListener"/>), and a readiness check that waits for it. Needs the
    /// opening hours' bank holidays (<c>AddOpeningHours</c>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceIndex(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ServiceIndex>();
        builder.Services.AddSingleton<ServiceIndexMaintainer>();
        builder.Services.AddSingleton<IDirectoryChangeListener>(services => services.GetRequiredService<ServiceIndexMaintainer>());
        builder.Services.AddScoped<IndexedServiceLoader>();
        builder.Services.AddHostedService<ServiceIndexBuilder>();
        builder.Services.AddHealthChecks().AddCheck<ServiceIndexHealthCheck>(ServiceIndexHealthCheck.Name, tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
