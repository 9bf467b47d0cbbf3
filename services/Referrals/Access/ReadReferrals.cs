using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Referrals.Api.Data;
using Referrals.Api.Lifecycle;

namespace Referrals.Api.Access;

/// <summary>Reading referrals: every referral shown is an audited access to someone's personal data.</summary>
public static class ReadReferrals
{
    public const int MaxPageSize = 100;

    public static async Task<Results<Ok<IReadOnlyList<ReferralResponse>>, ValidationProblem>> ListAsync(
        string? status,
        ClaimsPrincipal user,
        ReferralsDbContext db,
        IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        if (status is not null && status is not (ReferralStatus.Requested or ReferralStatus.Accepted or ReferralStatus.Rejected or ReferralStatus.Cancelled))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = ["Status is one of: requested, accepted, rejected, cancelled."],
            });
        }

        var referrals = db.Referrals.Include(r => r.History).AsNoTracking().VisibleTo(user);
        if (status is not null)
        {
            referrals = referrals.Where(r => r.Status == status);
        }

        var page = await referrals.OrderByDescending(r => r.CreatedAt).Take(MaxPageSize).ToListAsync(cancellationToken);
        foreach (var referral in page)
        {
            audit.Record("referral.list", "referral", referral.Id.ToString(), referral.SubjectNhsNumber, user.AccessReason(), AuditOutcome.Allowed);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReferralResponse>>(page.Select(ReferralResponse.From).ToList());
    }

    public static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string id,
        ClaimsPrincipal user,
        ReferralsDbContext db,
        IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var referralId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The referral id must be a UUID."] });
        }

        var referral = await db.Referrals.Include(r => r.History).AsNoTracking().FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return Problems.NotFound();
        }

        var allowed = user.CanRead(referral);
        audit.Record("referral.read", "referral", referral.Id.ToString(), referral.SubjectNhsNumber, user.AccessReason(),
            allowed ? AuditOutcome.Allowed : AuditOutcome.Denied);
        await db.SaveChangesAsync(cancellationToken);

        // Someone who may not see a referral is not told that it exists.
        return allowed ? TypedResults.Ok(ReferralResponse.From(referral)) : Problems.NotFound();
    }
}
