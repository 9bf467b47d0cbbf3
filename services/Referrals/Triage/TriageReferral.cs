using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Authentication;
using Referrals.Api.Access;
using Referrals.Api.Data;
using Referrals.Api.Lifecycle;

namespace Referrals.Api.Triage;

/// <summary>A provider accepts or declines a referral to one of their organisation's services.</summary>
public static class TriageReferral
{
    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        string id,
        ClaimsPrincipal user,
        ReferralsDbContext db,
        IEventOutbox outbox,
        IAuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        DecideAsync(id, user, db, audit, clock, "referral.accept", cancellationToken, (referral, now) =>
        {
            referral.MoveTo(ReferralStatus.Accepted, user.SubjectId()!, now);
            outbox.Add(Topics.ReferralAccepted, new ReferralAccepted
            {
                ReferralId = referral.Id,
                ServiceId = referral.ServiceId,
                OrganizationId = referral.OrganizationId,
            });
        });

    public static Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> DeclineAsync(
        string id,
        DeclineReferralRequest request,
        ClaimsPrincipal user,
        ReferralsDbContext db,
        IEventOutbox outbox,
        IAuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.ReasonCode is null || !DeclineReasons.All.ContainsKey(request.ReasonCode))
        {
            return Task.FromResult<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>>(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["reasonCode"] = [$"Give one of: {string.Join(", ", DeclineReasons.All.Keys)}."] }));
        }

        return DecideAsync(id, user, db, audit, clock, "referral.decline", cancellationToken, (referral, now) =>
        {
            referral.DeclineReasonCode = request.ReasonCode;
            referral.MoveTo(ReferralStatus.Rejected, user.SubjectId()!, now, request.ReasonCode);
            outbox.Add(Topics.ReferralDeclined, new ReferralDeclined
            {
                ReferralId = referral.Id,
                ServiceId = referral.ServiceId,
                OrganizationId = referral.OrganizationId,
                ReasonCode = request.ReasonCode,
            });
        });
    }

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string id,
        ClaimsPrincipal user,
        ReferralsDbContext db,
        IAuditTrail audit,
        TimeProvider clock,
        string action,
        CancellationToken cancellationToken,
        Action<Referral, DateTime> decide)
    {
        if (!Guid.TryParse(id, out var referralId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The referral id must be a UUID."] });
        }

        var referral = await db.Referrals.Include(r => r.History).FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return Problems.NotFound();
        }

        if (!user.CanTriage(referral))
        {
            audit.Record(action, "referral", referral.Id.ToString(), referral.SubjectNhsNumber, user.AccessReason(), AuditOutcome.Denied);
            await db.SaveChangesAsync(cancellationToken);
            return user.CanRead(referral)
                ? Problems.Forbidden("Only the organisation that runs the service can accept or decline this referral.")
                : Problems.NotFound();
        }

        if (!referral.CanTriage())
        {
            return Problems.Conflict($"The referral is already {referral.Status}.");
        }

        decide(referral, clock.GetUtcNow().UtcDateTime);
        audit.Record(action, "referral", referral.Id.ToString(), referral.SubjectNhsNumber, user.AccessReason(), AuditOutcome.Allowed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Someone else decided on this referral at the same moment. Reload it to see the decision.");
        }

        return TypedResults.Ok(ReferralResponse.From(referral));
    }
}
