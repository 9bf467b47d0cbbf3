namespace DevSidecar.Delivery;

internal static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddEventDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeliveryOptions>(configuration.GetSection("Delivery"));
        services.AddSingleton<DeadLetterQueue>();
        services.AddSingleton<DeliveryQueues>();
        services.AddHostedService(provider => provider.GetRequiredService<DeliveryQueues>());
        services.AddHostedService<DeadLetterForwarder>();
        return services;
    }
}
