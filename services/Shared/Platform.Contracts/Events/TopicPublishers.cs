namespace Platform.Contracts.Events;

/// <summary>
/// Which app publishes each topic, by its Dapr app id. Subscriptions are declared to Dapr by each app
/// (<c>GET /dapr/subscribe</c>), publications are not: this table is where they are written down, so the
/// deployment's topic access (who may publish what) can be checked against the code. One publisher per
/// topic: an event's source is the service that owns the change it reports.
/// </summary>
public static class TopicPublishers
{
    public static IReadOnlyDictionary<string, string> ByTopic { get; } = new Dictionary<string, string>
    {
        [Topics.ReferralSubmitted] = "referrals",
        [Topics.ReferralAccepted] = "referrals",
        [Topics.ReferralDeclined] = "referrals",
        [Topics.AppointmentBooked] = "appointments",
        [Topics.DirectoryServiceChanged] = "directory",
    };
}
