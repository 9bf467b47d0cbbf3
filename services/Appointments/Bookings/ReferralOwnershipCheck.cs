using Grpc.Core;
using Platform.Contracts.Referrals.V1;

namespace Appointments.Api.Bookings;

/// <summary>Asks Referrals whether a referral given with a booking is this person's, to this service.</summary>
public sealed partial class ReferralOwnershipCheck(
    ReferralsService.ReferralsServiceClient referrals, TimeProvider clock, ILogger<ReferralOwnershipCheck> logger)
{
    /// <summary>A person is waiting on the booking: give up on Referrals long before they would.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    public async Task<ReferralOwnership> CheckAsync(Guid referralId, string nhsNumber, Guid serviceId, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await referrals.CheckReferralForBookingAsync(
                new CheckReferralForBookingRequest
                {
                    ReferralId = referralId.ToString(),
                    NhsNumber = nhsNumber,
                    ServiceId = serviceId.ToString(),
                },
                deadline: clock.GetUtcNow().UtcDateTime + Deadline,
                cancellationToken: cancellationToken);
            return answer.Belongs ? ReferralOwnership.Belongs : ReferralOwnership.DoesNotBelong;
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnanswered(referralId, ex.StatusCode);
            return ReferralOwnership.Unanswered;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Referrals did not answer about referral {ReferralId}: {StatusCode}")]
    private partial void LogUnanswered(Guid referralId, StatusCode statusCode);
}
