using Offers.Api.Data;
using Platform.Contracts.Events;
using Platform.Messaging;

namespace Offers.Api.Places;

/// <summary>
/// The referral events that move places, subscribed the Dapr way (each with its dead-letter topic)
/// and handled once per event id through the inbox.
/// </summary>
public static class PlaceSubscriptions
{
    public static IHostApplicationBuilder AddPlaces(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlaceLedger>();
        return builder;
    }

    /// <remarks>
    /// The ledger is scoped, so it shares the delivery's <see cref="OffersDbContext"/> and its work
    /// joins the subscription's transaction with the inbox record.
    /// </remarks>
    public static WebApplication MapPlaceSubscriptions(this WebApplication app)
    {
        app.MapEventSubscription<ReferralSubmitted, OffersDbContext>(
            Topics.ReferralSubmitted,
            (submitted, _, services, ct) =>
                services.GetRequiredService<PlaceLedger>().HoldAsync(submitted.ServiceId, submitted.ReferralId, ct));
        app.MapEventSubscription<ReferralAccepted, OffersDbContext>(
            Topics.ReferralAccepted,
            (accepted, _, services, ct) =>
                services.GetRequiredService<PlaceLedger>().TakeAsync(accepted.ServiceId, accepted.ReferralId, ct));
        app.MapEventSubscription<ReferralDeclined, OffersDbContext>(
            Topics.ReferralDeclined,
            (declined, _, services, ct) =>
                services.GetRequiredService<PlaceLedger>().ReleaseAsync(declined.ServiceId, declined.ReferralId, ct));
        return app;
    }
}
