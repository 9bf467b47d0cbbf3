using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Platform.Messaging.Tests.Support;

/// <summary>
/// Serves <c>dapr.proto.runtime.v1.Dapr/PublishEvent</c>. Dapr.Protos ships only the client side of
/// that service, so this binds the one method itself; gRPC's binder finds the handler by its name,
/// which is why <see cref="PublishEvent"/> is public, virtual and named exactly as the RPC.
/// </summary>
[BindServiceMethod(typeof(FakeDaprRuntimeService), nameof(BindService))]
public class FakeDaprRuntimeService(FakeDaprSidecar sidecar)
{
    private static readonly Method<PublishEventRequest, Empty> PublishEventMethod = new(
        MethodType.Unary,
        "dapr.proto.runtime.v1.Dapr",
        nameof(PublishEvent),
        Marshallers.Create(request => request.ToByteArray(), PublishEventRequest.Parser.ParseFrom),
        Marshallers.Create(response => response.ToByteArray(), Empty.Parser.ParseFrom));

    public static void BindService(ServiceBinderBase binder, FakeDaprRuntimeService? service) =>
        binder.AddMethod(PublishEventMethod, service is null ? null : service.PublishEvent);

    public virtual Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context) =>
        sidecar.PublishAsync(request, context.CancellationToken);
}
