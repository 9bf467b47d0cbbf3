using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Data;

namespace Offers.Api.Offers;

/// <summary>
/// <c>PATCH /api/offers/{id}</c>: change the number of places or the last day. The decision is made
/// on the counts as read, and the save is refused (by the offer's version) if places were held or
/// taken meanwhile; it is then decided again on fresh counts, a few times before giving up.
/// </summary>
public static class ChangeOffer
{
    private const int MaxAttempts = 3;

    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        ChangeOfferRequest request,
        ClaimsPrincipal user,
        OffersDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (offer is null)
            {
                return OfferProblems.OfferNotFound(id);
            }

            if (!user.MayManageOffersOf(offer.OrganizationId))
            {
                return OfferProblems.NotYourOffer(id);
            }

            var errors = request.Validate(offer);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "The offer could not be changed: fix the fields named.");
            }

            if (request.PlacesTotal < offer.PlacesInUse)
            {
                return OfferProblems.FewerPlacesThanInUse(offer);
            }

            offer.ChangeTerms(request.PlacesTotal, request.ValidTo, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(OfferResponse.From(offer));
            }
            catch (DbUpdateConcurrencyException)
            {
                // A place was held, taken or released since the read: decide again on the new counts.
            }
        }

        return OfferProblems.ChangedMeanwhile(id);
    }
}
