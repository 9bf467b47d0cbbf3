using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Offers.Api.Data;

namespace Offers.Api.Offers;

/// <summary>
/// <c>POST /api/offers</c>: validate, ask the Directory whose service it is, check the caller may
/// publish for that organisation, then save.
/// </summary>
public static class CreateOffer
{
    public static async Task<Results<Created<OfferResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateOfferRequest request,
        ClaimsPrincipal user,
        OffersDbContext db,
        ServiceDirectory directory,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The offer could not be published: fix the fields named.");
        }

        var serviceId = Guid.Parse(request.ServiceId!);
        var service = await directory.FindAsync(serviceId, cancellationToken);
        if (service is not ServiceInDirectory.Found found)
        {
            return service is ServiceInDirectory.Unknown
                ? OfferProblems.UnknownService(serviceId)
                : OfferProblems.DirectoryUnreachable();
        }

        if (!user.MayManageOffersOf(found.OrganizationId))
        {
            return OfferProblems.NotYourService(serviceId);
        }

        var offer = new Offer(
            Guid.CreateVersion7(),
            serviceId,
            found.OrganizationId,
            request.Title!.Trim(),
            string.IsNullOrWhiteSpace(request.Summary) ? null : request.Summary.Trim(),
            request.NelPriority!,
            request.PlacesTotal!.Value,
            request.ValidFrom!.Value,
            request.ValidTo!.Value,
            clock.GetUtcNow());
        db.Offers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(OffersApi.PathOf(offer.Id), OfferResponse.From(offer));
    }
}
