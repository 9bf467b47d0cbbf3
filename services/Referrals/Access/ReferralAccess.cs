using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;
using Referrals.Api.Lifecycle;

namespace Referrals.Api.Access;

/// <summary>
/// Who may see a referral, and the reason recorded when they do: the person it is for, the referrer who
/// made it, the organisation that runs the service, and administrators. Nobody else learns it exists.
/// </summary>
public static class ReferralAccess
{
    public static bool CanRead(this ClaimsPrincipal user, Referral referral) => RoleOf(user) switch
    {
        PlatformRoles.Resident => user.NhsNumber() is { } nhsNumber && nhsNumber == referral.SubjectNhsNumber,
        PlatformRoles.Referrer => user.SubjectId() == referral.CreatedBySubject,
        PlatformRoles.Provider => user.OrganisationId() == referral.OrganizationId.ToString(),
        PlatformRoles.Admin => true,
        _ => false,
    };

    public static bool CanTriage(this ClaimsPrincipal user, Referral referral) => RoleOf(user) switch
    {
        PlatformRoles.Provider => user.OrganisationId() == referral.OrganizationId.ToString(),
        PlatformRoles.Admin => true,
        _ => false,
    };

    /// <summary>The lawful reason recorded in the audit trail for this caller's access.</summary>
    public static string AccessReason(this ClaimsPrincipal user) => RoleOf(user) switch
    {
        PlatformRoles.Resident => "own record",
        PlatformRoles.Referrer => "referrer following up their referral",
        PlatformRoles.Provider => "provider triage and care",
        PlatformRoles.Admin => "platform administration",
        _ => "no lawful reason",
    };

    /// <summary>The referrals this caller's list shows.</summary>
    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, ClaimsPrincipal user)
    {
        var nhsNumber = user.NhsNumber();
        var subject = user.SubjectId();
        var organisation = Guid.TryParse(user.OrganisationId(), out var id) ? id : Guid.Empty;
        return RoleOf(user) switch
        {
            PlatformRoles.Resident when nhsNumber is not null => referrals.Where(r => r.SubjectNhsNumber == nhsNumber),
            PlatformRoles.Referrer => referrals.Where(r => r.CreatedBySubject == subject),
            PlatformRoles.Provider => referrals.Where(r => r.OrganizationId == organisation),
            PlatformRoles.Admin => referrals,
            _ => referrals.Where(_ => false),
        };
    }

    private static string? RoleOf(ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Role)?.Value;
}
