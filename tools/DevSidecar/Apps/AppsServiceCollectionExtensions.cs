using DevSidecar.Delivery;
using Microsoft.Extensions.Options;

namespace DevSidecar.Apps;

internal static class AppsServiceCollectionExtensions
{
    public static IServiceCollection AddApps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AppsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AppsOptions>, AppsOptionsValidator>();
        services.AddSingleton(provider => new AppChannel(
            new HttpClient(new SocketsHttpHandler
            {
                // The publisher's traceparent is forwarded as it is; the client must not replace it with its own.
                ActivityHeadersPropagator = null,
                PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            },
            provider.GetRequiredService<IOptions<DeliveryOptions>>()));
        return services;
    }
}
