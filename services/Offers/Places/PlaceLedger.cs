using Microsoft.EntityFrameworkCore;
using Offers.Api.Data;
using Offers.Api.Offers;
using Platform.Messaging;

namespace Offers.Api.Places;

/// <summary>
/// Holds, takes and releases places for referrals, inside the subscription's transaction (which saves
/// and commits). The counters on the offer row change only by conditional UPDATEs, so deliveries
/// racing for the last place cannot both win: PostgreSQL re-checks the condition after waiting on the
/// row lock, and SQLite has one writer at a time, taken up front because the subscription's
/// transaction begins with its inbox INSERT. A claim's state moves the same way, from the state it was
/// read in, so two answers to one referral cannot both move its place.
/// </summary>
public sealed partial class PlaceLedger(
    OffersDbContext db, CurrentOffers currentOffers, TimeProvider clock, ILogger<PlaceLedger> logger)
{
    /// <summary>A submitted referral holds a place on its service's current offer, if one is left.</summary>
    public async Task<SubscriberOutcome> HoldAsync(Guid serviceId, Guid referralId, CancellationToken cancellationToken)
    {
        if (await ClaimOfAsync(referralId, cancellationToken) is { } claim)
        {
            LogAlreadyClaimed(referralId, claim.State);
            return SubscriberOutcome.Success;
        }

        await ClaimAnyPlaceAsync(serviceId, referralId, PlaceClaimState.Held, cancellationToken);
        return SubscriberOutcome.Success;
    }

    /// <summary>An accepted referral takes its held place, or a place left when it had none held.</summary>
    public async Task<SubscriberOutcome> TakeAsync(Guid serviceId, Guid referralId, CancellationToken cancellationToken)
    {
        var claim = await ClaimOfAsync(referralId, cancellationToken);
        switch (claim?.State)
        {
            case null:
                await ClaimAnyPlaceAsync(serviceId, referralId, PlaceClaimState.Taken, cancellationToken);
                return SubscriberOutcome.Success;
            case PlaceClaimState.Held:
                return await MoveHeldAsync(claim, PlaceClaimState.Taken, cancellationToken);
            default:
                LogAlreadyClaimed(referralId, claim.State);
                return SubscriberOutcome.Success;
        }
    }

    /// <summary>A declined referral gives its held place back.</summary>
    public async Task<SubscriberOutcome> ReleaseAsync(Guid serviceId, Guid referralId, CancellationToken cancellationToken)
    {
        var claim = await ClaimOfAsync(referralId, cancellationToken);
        switch (claim?.State)
        {
            case null:
                await RecordReleasedAsync(serviceId, referralId, cancellationToken);
                return SubscriberOutcome.Success;
            case PlaceClaimState.Held:
                return await MoveHeldAsync(claim, PlaceClaimState.Released, cancellationToken);
            default:
                LogAlreadyClaimed(referralId, claim.State);
                return SubscriberOutcome.Success;
        }
    }

    private Task<PlaceClaim?> ClaimOfAsync(Guid referralId, CancellationToken cancellationToken) =>
        db.PlaceClaims.AsNoTracking().FirstOrDefaultAsync(c => c.ReferralId == referralId, cancellationToken);

    private async Task ClaimAnyPlaceAsync(Guid serviceId, Guid referralId, PlaceClaimState state, CancellationToken cancellationToken)
    {
        foreach (var offer in await currentOffers.OfServiceAsync(serviceId, cancellationToken))
        {
            if (await TryAddPlaceAsync(offer.Id, state, cancellationToken))
            {
                db.PlaceClaims.Add(new PlaceClaim(offer.Id, referralId, state, clock.GetUtcNow()));
                LogClaimed(referralId, offer.Id, state);
                return;
            }
        }

        // The referral still stands; it just has no place kept for it. A waitlist will pick these up.
        LogNoPlaceLeft(referralId, serviceId, state);
    }

    private async Task<bool> TryAddPlaceAsync(Guid offerId, PlaceClaimState state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var added = await db.Offers
            .Where(o => o.Id == offerId && o.PlacesHeld + o.PlacesTaken < o.PlacesTotal)
            .ExecuteUpdateAsync(
                set =>
                {
                    if (state == PlaceClaimState.Held)
                    {
                        set.SetProperty(o => o.PlacesHeld, o => o.PlacesHeld + 1);
                    }
                    else
                    {
                        set.SetProperty(o => o.PlacesTaken, o => o.PlacesTaken + 1);
                    }

                    set.SetProperty(o => o.Version, o => o.Version + 1);
                    set.SetProperty(o => o.UpdatedAt, now);
                },
                cancellationToken);
        return added == 1;
    }

    private async Task<SubscriberOutcome> MoveHeldAsync(PlaceClaim claim, PlaceClaimState to, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var moved = await db.PlaceClaims
            .Where(c => c.Id == claim.Id && c.State == PlaceClaimState.Held)
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.State, to).SetProperty(c => c.UpdatedAt, now),
                cancellationToken);
        if (moved == 0)
        {
            // Another answer to this referral moved the claim since it was read: the redelivery sees where it went.
            LogClaimMovedMeanwhile(claim.ReferralId);
            return SubscriberOutcome.Retry;
        }

        await db.Offers
            .Where(o => o.Id == claim.OfferId && o.PlacesHeld > 0)
            .ExecuteUpdateAsync(
                set =>
                {
                    set.SetProperty(o => o.PlacesHeld, o => o.PlacesHeld - 1);
                    if (to == PlaceClaimState.Taken)
                    {
                        set.SetProperty(o => o.PlacesTaken, o => o.PlacesTaken + 1);
                    }

                    set.SetProperty(o => o.Version, o => o.Version + 1);
                    set.SetProperty(o => o.UpdatedAt, now);
                },
                cancellationToken);
        LogMoved(claim.ReferralId, claim.OfferId, to);
        return SubscriberOutcome.Success;
    }

    /// <summary>
    /// Events may arrive out of order. A decline that comes before its submission is remembered as a
    /// released claim, so the late submission finds it and does not hold a place nobody will use.
    /// </summary>
    private async Task RecordReleasedAsync(Guid serviceId, Guid referralId, CancellationToken cancellationToken)
    {
        var offers = await currentOffers.OfServiceAsync(serviceId, cancellationToken);
        if (offers.Count == 0)
        {
            LogNothingToRelease(referralId, serviceId);
            return;
        }

        db.PlaceClaims.Add(new PlaceClaim(offers[0].Id, referralId, PlaceClaimState.Released, clock.GetUtcNow()));
        LogReleasedBeforeHeld(referralId, offers[0].Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} has a place {State} on offer {OfferId}")]
    private partial void LogClaimed(Guid referralId, Guid offerId, PlaceClaimState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId}'s place on offer {OfferId} is now {State}")]
    private partial void LogMoved(Guid referralId, Guid offerId, PlaceClaimState state);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "No place left for referral {ReferralId} on service {ServiceId}'s current offers; nothing {State}")]
    private partial void LogNoPlaceLeft(Guid referralId, Guid serviceId, PlaceClaimState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} already has a claim ({State}); nothing changed")]
    private partial void LogAlreadyClaimed(Guid referralId, PlaceClaimState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId}'s claim moved while it was being changed; asking for redelivery")]
    private partial void LogClaimMovedMeanwhile(Guid referralId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Referral {ReferralId} was declined before any place was held; recorded as released on offer {OfferId}")]
    private partial void LogReleasedBeforeHeld(Guid referralId, Guid offerId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Referral {ReferralId} was declined; service {ServiceId} has no current offer, so there is no place to release")]
    private partial void LogNothingToRelease(Guid referralId, Guid serviceId);
}
