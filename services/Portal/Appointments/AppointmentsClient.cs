using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Appointments.V1;

namespace Portal.Appointments;

/// <summary>Reads a service's free times from the Appointments service over gRPC.</summary>
public sealed partial class AppointmentsClient(
    AppointmentsService.AppointmentsServiceClient appointments, TimeProvider clock, ILogger<AppointmentsClient> logger)
{
    /// <summary>A person is waiting for the page: the times are worth a short wait, never a long one.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The free times of a service that start between <paramref name="from"/> and <paramref name="to"/>,
    /// earliest first and at most <paramref name="maxResults"/>; null when Appointments did not answer.
    /// </summary>
    public async Task<IReadOnlyList<FreeTime>?> ListFreeTimesAsync(
        Guid serviceId, DateTimeOffset from, DateTimeOffset to, int maxResults, CancellationToken cancellationToken)
    {
        try
        {
            var response = await appointments.ListFreeSlotsAsync(
                new ListFreeSlotsRequest
                {
                    ServiceId = serviceId.ToString(),
                    From = Timestamp.FromDateTimeOffset(from),
                    To = Timestamp.FromDateTimeOffset(to),
                    MaxResults = maxResults,
                },
                deadline: clock.GetUtcNow().UtcDateTime + Deadline,
                cancellationToken: cancellationToken);
            return response.Slots.Select(ToFreeTime).ToList();
        }
        // The times are one part of a page that is useful without them: whatever went wrong in
        // Appointments (down, too slow, failing) costs that part only, and is logged for operators.
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnanswered(serviceId, exception.StatusCode, exception.Status.Detail);
            return null;
        }
    }

    private static FreeTime ToFreeTime(FreeSlot slot) => new(
        slot.Start.ToDateTimeOffset(),
        slot.End.ToDateTimeOffset(),
        slot.PlacesLeft,
        Guid.TryParse(slot.LocationId, out var locationId) ? locationId : null);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Appointments did not give the free times of service {ServiceId}: {StatusCode} {Detail}")]
    private partial void LogUnanswered(Guid serviceId, StatusCode statusCode, string detail);
}
