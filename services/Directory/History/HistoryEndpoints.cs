using System.Globalization;
using System.Security.Claims;
using Directory.Api.Data;
using Directory.Api.Editing;
using Directory.Api.OpenReferral.Documents;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.History;

/// <summary>
/// <c>GET /services/{id}/history</c> (the versions, newest first, in the ORUK paging envelope) and
/// <c>GET /services/{id}/history/{version}</c> (one, with the documents before and after), for the
/// service's provider and administrators.
/// </summary>
public static class HistoryEndpoints
{
    public static async Task<IResult> ListAsync(
        string id, HttpRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = new PageRequest(
            Whole(request, "page", 1, int.MaxValue, 1, errors),
            Whole(request, "per_page", 1, PageRequest.MaxPerPage, PageRequest.DefaultPerPage, errors));
        if (errors.Count > 0)
        {
            return EditProblems.Invalid(errors);
        }

        if (await AccessAsync(id, user, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        var serviceId = Guid.Parse(id);
        var history = db.ServiceHistory.AsNoTracking().Where(h => h.ServiceId == serviceId);
        var total = await history.CountAsync(cancellationToken);
        var entries = await history.OrderByDescending(h => h.Version).Skip(page.Skip).Take(page.PerPage).ToListAsync(cancellationToken);
        return TypedResults.Ok(PageDocument<HistoryEntryDocument>.Of(entries.Select(e => HistoryEntryDocument.Of(e, withDocuments: false)).ToList(), total, page));
    }

    public static async Task<IResult> GetAsync(
        string id, string version, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return EditProblems.Invalid("version", "The version is a whole number, from 1.");
        }

        if (await AccessAsync(id, user, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        var serviceId = Guid.Parse(id);
        var entry = await db.ServiceHistory.AsNoTracking().FirstOrDefaultAsync(h => h.ServiceId == serviceId && h.Version == number, cancellationToken);
        return entry is null
            ? EditProblems.NotFound("version")
            : TypedResults.Ok(HistoryEntryDocument.Of(entry, withDocuments: true));
    }

    /// <summary>Only those who may edit a service read its history: it names who changed it.</summary>
    private static async Task<IResult?> AccessAsync(string id, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var serviceId))
        {
            return EditProblems.Invalid("id", "The service id is a UUID.");
        }

        var organization = await db.Services.Where(s => s.Id == serviceId).Select(s => (Guid?)s.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        if (organization is not { } organizationId)
        {
            return EditProblems.NotFound("service");
        }

        return user.MayEdit(organizationId) ? null : EditProblems.HistoryNotYours();
    }

    private static int Whole(HttpRequest request, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{name}' is a whole number from {min} to {max}."];
        return fallback;
    }
}
