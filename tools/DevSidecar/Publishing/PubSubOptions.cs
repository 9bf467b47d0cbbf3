namespace DevSidecar.Publishing;

/// <summary>
/// The pub/sub component names the sidecar answers to (<c>PubSub:Names:N</c>, default <c>pubsub</c>): a publish to any
/// other name is refused, as Dapr refuses a component it does not have.
/// </summary>
internal sealed class PubSubOptions
{
    public List<string> Names { get; init; } = [];
}
