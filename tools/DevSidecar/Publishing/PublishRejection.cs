namespace DevSidecar.Publishing;

/// <summary>Why a publish was refused, with the error code and HTTP status Dapr answers with.</summary>
internal sealed record PublishRejection(string ErrorCode, int HttpStatusCode, string Message)
{
    public static PublishRejection UnknownPubSub(string name) =>
        new("ERR_PUBSUB_NOT_FOUND", StatusCodes.Status404NotFound, $"pubsub {name} not found");

    public static PublishRejection EmptyTopic(string pubSubName) =>
        new("ERR_TOPIC_NAME_EMPTY", StatusCodes.Status404NotFound, $"topic is empty in pubsub {pubSubName}");

    public static PublishRejection InvalidCloudEvent(string reason) =>
        new("ERR_PUBSUB_CLOUD_EVENTS_SER", StatusCodes.Status400BadRequest, $"the event is not a valid CloudEvent: {reason}");
}
