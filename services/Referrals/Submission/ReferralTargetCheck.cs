using Grpc.Core;
using Platform.Contracts.Directory.V1;
using Platform.Contracts.Offers.V1;

namespace Referrals.Api.Submission;

/// <summary>
/// Before a referral is accepted: asks the Directory whether the service exists and takes this route,
/// then Offers whether its current offer has a place left.
/// </summary>
public sealed partial class ReferralTargetCheck(
    DirectoryService.DirectoryServiceClient directory,
    OffersService.OffersServiceClient offers,
    ILogger<ReferralTargetCheck> logger)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<ReferralTarget> CheckAsync(Guid serviceId, ReferralRoute route, CancellationToken cancellationToken)
    {
        CheckEligibilityResponse eligibility;
        try
        {
            eligibility = await directory.CheckEligibilityAsync(
                new CheckEligibilityRequest { ServiceId = serviceId.ToString(), ReferralRoute = route },
                deadline: DateTime.UtcNow + Deadline,
                cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return new ReferralTarget.UnknownService();
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            LogDirectoryUnavailable(ex.StatusCode);
            return new ReferralTarget.DirectoryUnavailable();
        }

        if (!eligibility.Eligible)
        {
            return new ReferralTarget.Refusing(eligibility.Service, eligibility.Reasons);
        }

        return await HasNoPlaceLeftAsync(serviceId, cancellationToken)
            ? new ReferralTarget.NoPlacesLeft(eligibility.Service)
            : new ReferralTarget.Accepting(eligibility.Service);
    }

    // Places are advice, not a gate we may fail closed on: if Offers cannot answer, the referral still goes in.
    private async Task<bool> HasNoPlaceLeftAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        try
        {
            var places = await offers.GetPlacesAsync(
                new GetPlacesRequest { ServiceId = serviceId.ToString() },
                deadline: DateTime.UtcNow + Deadline,
                cancellationToken: cancellationToken);
            return places.HasOffer && places.PlacesLeft <= 0;
        }
        catch (RpcException ex)
        {
            LogOffersUnavailable(ex.StatusCode);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Directory did not answer ({Status}); the referral cannot be checked")]
    private partial void LogDirectoryUnavailable(StatusCode status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Offers did not answer ({Status}); submitting without a places check")]
    private partial void LogOffersUnavailable(StatusCode status);
}
