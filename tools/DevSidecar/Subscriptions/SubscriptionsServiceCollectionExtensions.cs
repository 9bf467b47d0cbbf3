namespace DevSidecar.Subscriptions;

internal static class SubscriptionsServiceCollectionExtensions
{
    public static IServiceCollection AddSubscriptionDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DiscoveryOptions>(configuration.GetSection("Discovery"));
        services.AddSingleton<SubscriptionRegistry>();
        services.AddSingleton<SubscriptionDiscovery>();
        services.AddHostedService(provider => provider.GetRequiredService<SubscriptionDiscovery>());
        return services;
    }
}
