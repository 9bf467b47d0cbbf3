using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace Offers.Api.Offers;

/// <summary>Who may publish and change offers for an organisation.</summary>
public static class OfferAccess
{
    /// <summary>An admin, for any organisation; a provider, only for the organisation in their token's <c>org_id</c>.</summary>
    public static bool MayManageOffersOf(this ClaimsPrincipal user, Guid organizationId) =>
        user.IsInRole(PlatformRoles.Admin)
        || (user.IsInRole(PlatformRoles.Provider)
            && Guid.TryParse(user.OrganisationId(), out var own)
            && own == organizationId);
}
