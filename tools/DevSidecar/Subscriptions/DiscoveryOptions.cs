namespace DevSidecar.Subscriptions;

/// <summary>How often and how patiently the sidecar asks the apps for their subscriptions (<c>Discovery:*</c>).</summary>
internal sealed class DiscoveryOptions
{
    /// <summary>Time between two rounds of asking every app, so that apps started later are found.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one app may take to answer <c>/dapr/subscribe</c>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
}
