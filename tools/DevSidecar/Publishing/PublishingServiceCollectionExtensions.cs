namespace DevSidecar.Publishing;

internal static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PubSubOptions>(configuration.GetSection("PubSub"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TopicPublisher>();
        services.AddGrpc();
        return services;
    }
}
