using Appointments.Api.Slots;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Appointments.V1;
using Platform.ServiceDefaults.Validation;

namespace Appointments.Api.Grpc;

/// <summary>The internal gRPC API: what the Portal and other services ask Appointments.</summary>
public sealed class AppointmentsGrpcService(FreeSlotSearch search) : AppointmentsService.AppointmentsServiceBase
{
    /// <summary>Free slots of a service in a window of at most 31 days, earliest first; at most max_results when it is set.</summary>
    public override async Task<ListFreeSlotsResponse> ListFreeSlots(ListFreeSlotsRequest request, ServerCallContext context)
    {
        var errors = new ValidationErrors();
        if (request.From is null)
        {
            errors.Add("from", "from is required.");
        }

        if (request.To is null)
        {
            errors.Add("to", "to is required.");
        }

        var query = FreeSlotQuery.Create(
            request.ServiceId, request.From?.ToDateTimeOffset(), request.To?.ToDateTimeOffset(), request.MaxResults, errors);
        if (query is null)
        {
            var messages = errors.ToDictionary().SelectMany(error => error.Value);
            throw new RpcException(new Status(StatusCode.InvalidArgument, string.Join(" ", messages)));
        }

        var response = new ListFreeSlotsResponse();
        var slots = await search.FindAsync(query, context.CancellationToken);
        response.Slots.AddRange(slots.Select(ToFreeSlot));
        return response;
    }

    private static FreeSlot ToFreeSlot(Slot slot) => new()
    {
        SlotId = slot.Id.ToString(),
        ServiceId = slot.ServiceId.ToString(),
        Start = Timestamp.FromDateTime(slot.Start),
        End = Timestamp.FromDateTime(slot.End),
        PlacesLeft = slot.PlacesLeft,
        LocationId = slot.LocationId?.ToString() ?? "",
    };
}
