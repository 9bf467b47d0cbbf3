using Platform.ServiceDefaults.Authentication;
using Referrals.Api.Access;
using Referrals.Api.Submission;
using Referrals.Api.Triage;

namespace Referrals.Api;

/// <summary>The REST API the gateway routes <c>/api/referrals</c> to.</summary>
public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var referrals = app.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization(PlatformPolicies.Authenticated);
        referrals.MapPost("/", SubmitReferral.HandleAsync);
        referrals.MapGet("/", ReadReferrals.ListAsync);
        referrals.MapGet("/{id}", ReadReferrals.GetAsync);
        referrals.MapPost("/{id}/accept", TriageReferral.AcceptAsync);
        referrals.MapPost("/{id}/decline", TriageReferral.DeclineAsync);
        return app;
    }
}
