using Grpc.Core;
using Platform.Contracts.Directory.V1;

namespace Appointments.Api.Bookings;

/// <summary>Asks the Directory whether a service exists and is active, so no one books into a closed service.</summary>
public sealed partial class ServiceAvailabilityCheck(
    DirectoryService.DirectoryServiceClient directory, TimeProvider clock, ILogger<ServiceAvailabilityCheck> logger)
{
    /// <summary>A person is waiting on the booking: give up on the Directory long before they would.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    /// <summary>The ORUK status of a service that is running.</summary>
    private const string Active = "active";

    public async Task<ServiceAvailability> CheckAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        try
        {
            var service = await directory.GetServiceAsync(
                new GetServiceRequest { ServiceId = serviceId.ToString() },
                deadline: clock.GetUtcNow().UtcDateTime + Deadline,
                cancellationToken: cancellationToken);
            return service.Status == Active ? ServiceAvailability.Active : ServiceAvailability.NotActive;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return ServiceAvailability.NotFound;
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnanswered(serviceId, ex.StatusCode);
            return ServiceAvailability.Unanswered;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Directory did not answer about service {ServiceId}: {StatusCode}")]
    private partial void LogUnanswered(Guid serviceId, StatusCode statusCode);
}
