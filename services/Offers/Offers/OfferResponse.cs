namespace Offers.Api.Offers;

/// <summary>An offer as the REST API shows it, with its places counted.</summary>
public sealed record OfferResponse(
    Guid Id,
    Guid ServiceId,
    Guid OrganizationId,
    string Title,
    string? Summary,
    string NelPriority,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    int PlacesTotal,
    int PlacesLeft,
    int PlacesHeld,
    int PlacesTaken,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static OfferResponse From(Offer offer) => new(
        offer.Id,
        offer.ServiceId,
        offer.OrganizationId,
        offer.Title,
        offer.Summary,
        offer.NelPriority,
        offer.ValidFrom,
        offer.ValidTo,
        offer.PlacesTotal,
        offer.PlacesLeft,
        offer.PlacesHeld,
        offer.PlacesTaken,
        offer.CreatedAt,
        offer.UpdatedAt,
        offer.Version);
}
