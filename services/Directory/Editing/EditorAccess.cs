using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace Directory.Api.Editing;

/// <summary>
/// Who may change a directory entry: a provider their own organisation's, an administrator any. The
/// endpoints already require one of the two roles; this decides per entry.
/// </summary>
public static class EditorAccess
{
    public static bool IsAdmin(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Role)?.Value == PlatformRoles.Admin;

    /// <summary>The organisation a provider acts for; null for an administrator (or a provider whose token names none).</summary>
    public static Guid? EditorOrganisation(this ClaimsPrincipal user) =>
        !user.IsAdmin() && Guid.TryParse(user.OrganisationId(), out var organisation) ? organisation : null;

    public static bool MayEdit(this ClaimsPrincipal user, Guid organizationId) =>
        user.IsAdmin() || user.EditorOrganisation() == organizationId;
}
