using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.Tests.Support;

/// <summary>Hosts wired the way a service wires itself: its DbContext, then <c>AddMessaging</c>.</summary>
public static class TestHosts
{
    public const string PubSubName = "test-pubsub";

    /// <summary>A generic host with the outbox and its dispatcher; not started, so a test may drive the dispatcher itself.</summary>
    public static IHost Publisher(
        TestDatabase database,
        FakeDaprSidecar sidecar,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? timeProvider = null,
        CapturedLogs? logs = null)
    {
        var builder = Host.CreateApplicationBuilder();
        Configure(builder, database, logs);
        builder.Configuration.AddInMemoryCollection(sidecar.ClientSettings);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        builder.AddMessaging<TestDbContext>();
        return builder.Build();
    }

    /// <summary>A started web host on a loopback port, subscribed to <see cref="SlotBooked.Topic"/> the Dapr way.</summary>
    public static async Task<(WebApplication App, HttpClient Client)> StartSubscriberAsync(
        TestDatabase database, IntegrationEventHandler<SlotBooked, TestDbContext> handler)
    {
        var builder = WebApplication.CreateBuilder();
        Configure(builder, database, logs: null);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.AddMessaging<TestDbContext>();

        var app = builder.Build();
        app.UseCloudEvents();
        app.MapSubscribeHandler();
        app.MapEventSubscription(SlotBooked.Topic, handler);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (app, new HttpClient { BaseAddress = new Uri(address) });
    }

    private static void Configure(IHostApplicationBuilder builder, TestDatabase database, CapturedLogs? logs)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:PubSubName"] = PubSubName,
            ["Messaging:Outbox:PollInterval"] = "00:00:00.050",
            ["Messaging:Outbox:FirstRetryDelay"] = "00:00:00.020",
            ["Messaging:Outbox:MaxRetryDelay"] = "00:00:00.100",
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddDbContext<TestDbContext>(database.Configure);
    }
}
