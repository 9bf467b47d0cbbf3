using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace DevSidecar.Publishing;

/// <summary>
/// Serves <c>dapr.proto.runtime.v1.Dapr/PublishEvent</c>, the one method of Dapr's gRPC API the services call.
/// Dapr.Protos carries the messages but only client stubs, so the method is bound by hand: gRPC's binder calls
/// <see cref="Bind"/> without an instance and then looks the handler up by name, which is why
/// <see cref="PublishEvent"/> must be public, virtual, declared here and named exactly after the method.
/// </summary>
[BindServiceMethod(typeof(DaprPublishGrpcService), nameof(Bind))]
internal class DaprPublishGrpcService
{
    private static readonly Method<PublishEventRequest, Empty> PublishEventMethod = new(
        MethodType.Unary,
        "dapr.proto.runtime.v1.Dapr",
        "PublishEvent",
        Marshallers.Create(request => request.ToByteArray(), PublishEventRequest.Parser.ParseFrom),
        Marshallers.Create(response => response.ToByteArray(), Empty.Parser.ParseFrom));

    private readonly TopicPublisher _publisher;

    public DaprPublishGrpcService(TopicPublisher publisher) => _publisher = publisher;

    public static void Bind(ServiceBinderBase binder, DaprPublishGrpcService? service)
    {
        ArgumentNullException.ThrowIfNull(binder);
        binder.AddMethod(PublishEventMethod, service is null ? null : service.PublishEvent);
    }

    public virtual async Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var published = new PublishedEvent(
            request.PubsubName,
            request.Topic,
            request.Data.Memory,
            request.DataContentType,
            request.Metadata,
            context.RequestHeaders.GetValue("traceparent"),
            context.RequestHeaders.GetValue("tracestate"));
        var rejection = await _publisher.PublishAsync(published, context.CancellationToken);
        // InvalidArgument is the code Dapr gives an unknown pubsub or an empty topic.
        return rejection is null
            ? new Empty()
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"{rejection.ErrorCode}: {rejection.Message}"));
    }
}
