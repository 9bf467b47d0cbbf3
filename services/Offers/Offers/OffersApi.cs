using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Data;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Validation;

namespace Offers.Api.Offers;

/// <summary>
/// <c>/api/offers</c>: anyone signed in may read offers (they hold no personal data); providers and
/// admins publish and change them.
/// </summary>
public static class OffersApi
{
    public const string BasePath = "/api/offers";

    public static WebApplication MapOffersApi(this WebApplication app)
    {
        var offers = app.MapGroup(BasePath).RequireAuthorization(PlatformPolicies.Authenticated);
        offers.MapGet("", ListCurrentAsync).WithName("list-current-offers");
        offers.MapGet("{id:guid}", GetAsync).WithName("get-offer");
        offers.MapPost("", CreateOffer.HandleAsync).WithName("create-offer").RequireAuthorization(PlatformPolicies.Provider);
        offers.MapPatch("{id:guid}", ChangeOffer.HandleAsync).WithName("change-offer").RequireAuthorization(PlatformPolicies.Provider);
        return app;
    }

    public static string PathOf(Guid id) => $"{BasePath}/{id}";

    /// <summary>Offers valid today, each with its places, optionally for one service or organisation.</summary>
    private static async Task<Results<Ok<OfferListResponse>, ValidationProblem>> ListCurrentAsync(
        [FromQuery(Name = "service_id")] string? serviceId,
        [FromQuery(Name = "organization_id")] string? organizationId,
        CurrentOffers currentOffers,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var service = ParseOptionalId(serviceId, "service_id", errors);
        var organization = ParseOptionalId(organizationId, "organization_id", errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The offers could not be listed: fix the parameters named.");
        }

        var query = currentOffers.ValidToday();
        if (service is { } serviceFilter)
        {
            query = query.Where(offer => offer.ServiceId == serviceFilter);
        }

        if (organization is { } organizationFilter)
        {
            query = query.Where(offer => offer.OrganizationId == organizationFilter);
        }

        var offers = await query.ToListAsync(cancellationToken);
        return TypedResults.Ok(new OfferListResponse(
            [.. offers.OrderBy(offer => offer.ValidTo).ThenBy(offer => offer.Title, StringComparer.Ordinal).Select(OfferResponse.From)]));
    }

    private static async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> GetAsync(
        Guid id, OffersDbContext db, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return offer is null ? OfferProblems.OfferNotFound(id) : TypedResults.Ok(OfferResponse.From(offer));
    }

    private static Guid? ParseOptionalId(string? value, string parameter, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        errors.Add(parameter, $"{parameter} must be a UUID.");
        return null;
    }
}
