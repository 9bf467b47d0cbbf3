using DevSidecar.Publishing;
using DevSidecar.Subscriptions;

namespace DevSidecar.Delivery;

/// <summary>An event waiting in a subscription's queue, with the route chosen for it when it was published.</summary>
internal sealed record PendingDelivery(Subscription Subscription, string Route, CloudEventEnvelope Envelope)
{
    public Uri CallbackUri => Subscription.CallbackUri(Route);
}
