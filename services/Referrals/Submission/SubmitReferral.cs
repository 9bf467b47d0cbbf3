using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Authentication;
using Referrals.Api.Access;
using Referrals.Api.Data;
using Referrals.Api.Lifecycle;
using DirectoryRoute = Platform.Contracts.Directory.V1.ReferralRoute;

namespace Referrals.Api.Submission;

/// <summary>
/// <c>POST /api/referrals</c>: validate, check the service with the Directory and Offers, then save the
/// referral, its <c>referral-submitted</c> event and its audit record in one transaction.
/// </summary>
public static class SubmitReferral
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int MaxIdempotencyKeyLength = 100;

    public static async Task<Results<Created<ReferralResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        SubmitReferralRequest request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        ReferralsDbContext db,
        ReferralTargetCheck targetCheck,
        IEventOutbox outbox,
        IAuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var role = user.FindFirst(PlatformClaims.Role)?.Value;
        if (role is not (PlatformRoles.Resident or PlatformRoles.Referrer))
        {
            return Problems.Forbidden("Only residents (for themselves) and referrers (for a patient) can submit referrals.");
        }

        var byReferrer = role == PlatformRoles.Referrer;
        var subjectNhsNumber = byReferrer ? request.PatientNhsNumber : user.NhsNumber();
        if (subjectNhsNumber is null && !byReferrer)
        {
            return Problems.Forbidden("Your sign-in does not carry an NHS number, so a self-referral cannot be made.");
        }

        var errors = request.Validate(byReferrer);
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            errors[IdempotencyHeader] = [$"The {IdempotencyHeader} header must be 1 to {MaxIdempotencyKeyLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The referral could not be submitted: fix the fields named.");
        }

        var subject = user.SubjectId()!;
        if (idempotencyKey is not null && await FindRetriedAsync(db, subject, idempotencyKey, cancellationToken) is { } earlier)
        {
            return Created(earlier);
        }

        var route = byReferrer ? DirectoryRoute.Professional : DirectoryRoute.Self;
        var target = await targetCheck.CheckAsync(request.ServiceId!.Value, route, cancellationToken);
        if (target is not ReferralTarget.Accepting accepting)
        {
            return Problems.For(target, request.ServiceId.Value);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            ServiceId = request.ServiceId.Value,
            OrganizationId = Guid.Parse(accepting.Service.OrganizationId),
            ServiceName = accepting.Service.Name,
            Route = byReferrer ? ReferralRoutes.Professional : ReferralRoutes.Self,
            SubjectNhsNumber = subjectNhsNumber!,
            WhatMattersToMe = request.WhatMattersToMe?.Trim(),
            Goals = [.. request.CleanGoals()],
            Urgency = request.Urgency ?? ReferralUrgency.Routine,
            CreatedBySubject = subject,
            CreatedByRole = role,
            CreatedByOrganisationId = user.OrganisationId(),
            ConsentRecorded = byReferrer,
            IdempotencyKey = idempotencyKey,
            CreatedAt = now,
        };
        referral.MoveTo(ReferralStatus.Requested, subject, now);
        db.Referrals.Add(referral);
        outbox.Add(Topics.ReferralSubmitted, new ReferralSubmitted
        {
            ReferralId = referral.Id,
            ServiceId = referral.ServiceId,
            OrganizationId = referral.OrganizationId,
            Route = referral.Route,
        });
        audit.Record("referral.submit", "referral", referral.Id.ToString(), referral.SubjectNhsNumber, user.AccessReason(), AuditOutcome.Allowed);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same submission raced itself (a client retrying before the first answer): return the one that won.
            db.ChangeTracker.Clear();
            var winner = await FindRetriedAsync(db, subject, idempotencyKey, cancellationToken);
            return winner is null ? throw new InvalidOperationException("A referral save failed and no earlier submission exists.") : Created(winner);
        }

        return Created(referral);
    }

    private static Task<Referral?> FindRetriedAsync(ReferralsDbContext db, string subject, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Referrals.Include(r => r.History).AsNoTracking()
            .FirstOrDefaultAsync(r => r.CreatedBySubject == subject && r.IdempotencyKey == idempotencyKey, cancellationToken);

    private static Created<ReferralResponse> Created(Referral referral) =>
        TypedResults.Created($"/api/referrals/{referral.Id}", ReferralResponse.From(referral));
}
