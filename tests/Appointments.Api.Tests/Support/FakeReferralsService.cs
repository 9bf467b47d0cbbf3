using Grpc.Core;
using Platform.Contracts.Referrals.V1;

namespace Appointments.Api.Tests.Support;

/// <summary>Referrals' gRPC contract, answered by <see cref="FakeReferrals"/>.</summary>
public sealed class FakeReferralsService(FakeReferrals referrals) : ReferralsService.ReferralsServiceBase
{
    public override Task<CheckReferralForBookingResponse> CheckReferralForBooking(
        CheckReferralForBookingRequest request, ServerCallContext context) =>
        Task.FromResult(referrals.Answer(request));
}
