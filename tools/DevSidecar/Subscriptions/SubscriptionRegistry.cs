using System.Collections.Immutable;

namespace DevSidecar.Subscriptions;

/// <summary>The subscriptions last discovered for each app.</summary>
internal sealed class SubscriptionRegistry
{
    private ImmutableDictionary<string, IReadOnlyList<Subscription>> _byApp =
        ImmutableDictionary.Create<string, IReadOnlyList<Subscription>>(StringComparer.Ordinal);

    public IEnumerable<Subscription> All => _byApp.Values.SelectMany(subscriptions => subscriptions);

    public IReadOnlyList<Subscription> SubscribersOf(string pubSubName, string topic) =>
        All.Where(subscription => subscription.PubSubName == pubSubName && subscription.Topic == topic).ToList();

    public void Replace(string appId, IReadOnlyList<Subscription> subscriptions) =>
        ImmutableInterlocked.AddOrUpdate(ref _byApp, appId, subscriptions, (_, _) => subscriptions);
}
