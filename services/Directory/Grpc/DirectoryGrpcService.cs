using Directory.Api.Data;
using Directory.Api.Eligibility;
using Directory.Api.Model;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Directory.V1;

namespace Directory.Api.Grpc;

/// <summary>The Directory's internal gRPC API: answers other services' questions about a service.</summary>
public sealed class DirectoryGrpcService(DirectoryDbContext db) : DirectoryService.DirectoryServiceBase
{
    public const int MaxBatchSize = 200;

    public override async Task<ServiceSummary> GetService(GetServiceRequest request, ServerCallContext context)
    {
        var service = await FindAsync(ParseId(request.ServiceId, "service_id"), context.CancellationToken);
        return ToSummary(service);
    }

    public override async Task<BatchGetServicesResponse> BatchGetServices(BatchGetServicesRequest request, ServerCallContext context)
    {
        if (request.ServiceIds.Count > MaxBatchSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"At most {MaxBatchSize} service_ids per call."));
        }

        var ids = request.ServiceIds.Select(id => ParseId(id, "service_ids")).Distinct().ToList();
        var services = await WithAttributes().Where(s => ids.Contains(s.Id)).ToListAsync(context.CancellationToken);
        var response = new BatchGetServicesResponse();
        response.Services.AddRange(services.Select(ToSummary));
        response.MissingServiceIds.AddRange(ids.Except(services.Select(s => s.Id)).Select(id => id.ToString()));
        return response;
    }

    public override async Task<CheckEligibilityResponse> CheckEligibility(CheckEligibilityRequest request, ServerCallContext context)
    {
        var service = await FindAsync(ParseId(request.ServiceId, "service_id"), context.CancellationToken);
        var reasons = EligibilityRules.ReasonsAgainst(service, request.ReferralRoute, request.Age);
        var response = new CheckEligibilityResponse { Eligible = reasons.Count == 0, Service = ToSummary(service) };
        response.Reasons.AddRange(reasons);
        return response;
    }

    private async Task<Service> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await WithAttributes().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new RpcException(new Status(StatusCode.NotFound, $"Service {id} is not in the directory."));

    private IQueryable<Service> WithAttributes() => db.Services.AsNoTracking()
        .Include(s => s.Attributes).ThenInclude(a => a.TaxonomyTerm).ThenInclude(t => t.Taxonomy);

    private static Guid ParseId(string value, string field) =>
        Guid.TryParse(value, out var id)
            ? id
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"{field} must be a UUID."));

    private static ServiceSummary ToSummary(Service service)
    {
        var summary = new ServiceSummary
        {
            ServiceId = service.Id.ToString(),
            OrganizationId = service.OrganizationId.ToString(),
            Name = service.Name,
            Status = service.Status,
            MinimumAge = service.MinimumAge,
            MaximumAge = service.MaximumAge,
        };
        summary.ReferralRoutes.AddRange(service.AcceptedRoutes());
        summary.Channels.AddRange(service.Attributes
            .Where(a => a.TaxonomyTerm.Taxonomy.Name == PlatformTaxonomies.Channel)
            .Select(a => a.TaxonomyTerm.Code));
        return summary;
    }
}
