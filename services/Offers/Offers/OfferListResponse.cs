namespace Offers.Api.Offers;

/// <summary>The answer to <c>GET /api/offers</c>: current offers, ending soonest first.</summary>
public sealed record OfferListResponse(IReadOnlyList<OfferResponse> Offers);
