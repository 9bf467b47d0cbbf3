using Grpc.Core;
using Platform.Contracts.Directory.V1;

namespace Offers.Api.Offers;

/// <summary>Asks the Directory, over gRPC with a deadline, which organisation runs a service.</summary>
public sealed partial class ServiceDirectory(DirectoryService.DirectoryServiceClient directory, ILogger<ServiceDirectory> logger)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<ServiceInDirectory> FindAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        try
        {
            var service = await directory.GetServiceAsync(
                new GetServiceRequest { ServiceId = serviceId.ToString() },
                deadline: DateTime.UtcNow + Deadline,
                cancellationToken: cancellationToken);
            return new ServiceInDirectory.Found(Guid.Parse(service.OrganizationId));
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return new ServiceInDirectory.Unknown();
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDirectoryUnreachable(ex.StatusCode);
            return new ServiceInDirectory.Unreachable();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Directory did not answer ({Status}); the offer's service cannot be checked")]
    private partial void LogDirectoryUnreachable(StatusCode status);
}
