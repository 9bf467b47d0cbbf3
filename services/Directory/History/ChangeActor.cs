using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace Directory.Api.History;

/// <summary>Who made a change, as history records it: the token's subject, role and organisation.</summary>
public sealed record ChangeActor(string Subject, string Role, string? OrganisationId)
{
    /// <summary>The import command: it acts for the feed it reads, whose URL each history row carries.</summary>
    public static ChangeActor Import { get; } = new("directory-import", "system", null);

    public static ChangeActor Of(ClaimsPrincipal user) =>
        new(user.SubjectId() ?? "unknown", user.FindFirst(PlatformClaims.Role)?.Value ?? "none", user.OrganisationId());
}
