using Dapr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events;

namespace Platform.Messaging;

public static class EventSubscriptionEndpointExtensions
{
    /// <summary>
    /// Subscribes to <paramref name="topic"/> on the configured pub/sub component, with its
    /// dead-letter topic, and handles each event once. Needs <c>app.UseCloudEvents()</c> and a
    /// top-level <c>app.MapSubscribeHandler()</c>, which lists the subscription to Dapr.
    /// </summary>
    /// <param name="topic">A constant from <see cref="Topics"/>; a service subscribes to a topic once.</param>
    public static RouteHandlerBuilder MapEventSubscription<TEvent, TDbContext>(
        this IEndpointRouteBuilder endpoints, string topic, IntegrationEventHandler<TEvent, TDbContext> handler)
        where TEvent : IntegrationEvent
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(handler);

        var services = endpoints.ServiceProvider;
        var pubSubName = services.GetRequiredService<IOptions<MessagingOptions>>().Value.PubSubName;
        var subscription = new EventSubscription(topic);
        var endpoint = new EventSubscriptionEndpoint<TEvent, TDbContext>(
            subscription,
            handler,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Messaging.EventSubscription"));

        // A Func rather than a RequestDelegate, so minimal APIs write the returned answer.
        Func<HttpContext, Task<IResult>> deliver = endpoint.HandleAsync;
        return endpoints
            .MapPost(subscription.Route, deliver)
            .WithName(subscription.EndpointName)
            .ExcludeFromDescription()
            .WithTopic(new TopicOptions
            {
                PubsubName = pubSubName,
                Name = topic,
                DeadLetterTopic = subscription.DeadLetterTopic,
            });
    }
}
