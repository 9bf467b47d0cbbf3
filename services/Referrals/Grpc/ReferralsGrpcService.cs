using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Referrals.V1;
using Referrals.Api.Data;
using Referrals.Api.Lifecycle;

namespace Referrals.Api.Grpc;

/// <summary>The Referrals internal gRPC API: Appointments asks whether a referral given with a booking is the booker's.</summary>
public sealed class ReferralsGrpcService(ReferralsDbContext db) : ReferralsService.ReferralsServiceBase
{
    public override async Task<CheckReferralForBookingResponse> CheckReferralForBooking(CheckReferralForBookingRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ReferralId, out var referralId) || !Guid.TryParse(request.ServiceId, out var serviceId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "referral_id and service_id must be UUIDs."));
        }

        var referral = await db.Referrals.AsNoTracking()
            .Where(r => r.Id == referralId)
            .Select(r => new { r.SubjectNhsNumber, r.ServiceId, r.Status })
            .FirstOrDefaultAsync(context.CancellationToken);

        var belongs = referral is not null
            && referral.SubjectNhsNumber == request.NhsNumber
            && referral.ServiceId == serviceId
            && referral.Status is ReferralStatus.Requested or ReferralStatus.Accepted;
        return new CheckReferralForBookingResponse { Belongs = belongs, Status = belongs ? referral!.Status : string.Empty };
    }
}
