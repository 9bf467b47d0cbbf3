namespace DevSidecar.Publishing;

/// <summary>An event as a publisher handed it to the sidecar, over HTTP or gRPC.</summary>
/// <param name="ContentType">The content type of <paramref name="Data"/>; Dapr assumes text/plain when none is given.</param>
/// <param name="Metadata">Publish metadata; <c>cloudevent.*</c> keys override the envelope's attributes, as in Dapr.</param>
/// <param name="TraceParent">The W3C traceparent of the publishing call, if it had one.</param>
/// <param name="TraceState">The W3C tracestate of the publishing call, if it had one.</param>
internal sealed record PublishedEvent(
    string PubSubName,
    string Topic,
    ReadOnlyMemory<byte> Data,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata,
    string? TraceParent,
    string? TraceState);
