using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Platform.Messaging;

public static class MessagingHostBuilderExtensions
{
    /// <summary>
    /// Adds publishing through the outbox of <typeparamref name="TDbContext"/> (which must call
    /// <c>modelBuilder.AddMessagingTables()</c>), the dispatcher that relays it to Dapr, the
    /// <c>DaprClient</c> (addressed by Dapr's standard variables), and a readiness check, tagged
    /// <c>ready</c>, that waits for the sidecar.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<MessagingOptions>()
            .Bind(builder.Configuration.GetSection(MessagingOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.PubSubName), "Messaging:PubSubName must name a pub/sub component.")
            .Validate(o => o.Outbox.IsValid(), "Messaging:Outbox needs positive intervals, a positive batch size and MaxRetryDelay >= FirstRetryDelay.")
            .ValidateOnStart();

        services.AddDaprClient();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxMetrics>();
        services.AddScoped<IEventOutbox, EventOutbox<TDbContext>>();
        services.AddSingleton<OutboxDispatcher<TDbContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher<TDbContext>>());

        // A singleton so the "reached once" state outlives each probe.
        services.AddSingleton<DaprSidecarHealthCheck>();
        services.AddHealthChecks().AddCheck<DaprSidecarHealthCheck>(DaprSidecarHealthCheck.Name, tags: ["ready"]);

        return builder;
    }
}
