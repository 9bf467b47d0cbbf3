namespace Offers.Api.Places;

/// <summary>
/// A referral's claim on a place: at most one per referral, so a second event about the same
/// referral finds it instead of claiming again. Kept after release as the history of the place.
/// </summary>
public sealed class PlaceClaim
{
    public PlaceClaim(Guid offerId, Guid referralId, PlaceClaimState state, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        OfferId = offerId;
        ReferralId = referralId;
        State = state;
        CreatedAt = now;
        UpdatedAt = now;
    }

    private PlaceClaim()
    {
    }

    public Guid Id { get; private set; }

    public Guid OfferId { get; private set; }

    public Guid ReferralId { get; private set; }

    public PlaceClaimState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
}
