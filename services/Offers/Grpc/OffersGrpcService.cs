using Grpc.Core;
using Offers.Api.Offers;
using Platform.Contracts.Offers.V1;

namespace Offers.Api.Grpc;

/// <summary>Offers' internal gRPC API: Referrals asks it for places before a referral is submitted.</summary>
public sealed class OffersGrpcService(CurrentOffers currentOffers) : OffersService.OffersServiceBase
{
    public override async Task<GetPlacesResponse> GetPlaces(GetPlacesRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ServiceId, out var serviceId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "service_id must be a UUID."));
        }

        var offer = await currentOffers.CurrentOfServiceAsync(serviceId, context.CancellationToken);
        if (offer is null)
        {
            return new GetPlacesResponse { HasOffer = false };
        }

        return new GetPlacesResponse
        {
            HasOffer = true,
            OfferId = offer.Id.ToString(),
            PlacesTotal = offer.PlacesTotal,
            PlacesLeft = offer.PlacesLeft,
            PlacesHeld = offer.PlacesHeld,
            PlacesTaken = offer.PlacesTaken,
        };
    }
}
