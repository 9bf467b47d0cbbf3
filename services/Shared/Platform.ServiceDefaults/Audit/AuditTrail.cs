using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Correlation;

namespace Platform.ServiceDefaults.Audit;

internal sealed class AuditTrail<TDbContext>(TDbContext db, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
    where TDbContext : DbContext
{
    public void Record(string action, string resourceType, string resourceId, string? subjectNhsNumber, string reason, string outcome)
    {
        var context = http.HttpContext;
        var user = context?.User;
        db.Set<AuditRecord>().Add(new AuditRecord
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorSubject = user?.SubjectId() ?? "anonymous",
            ActorRole = user?.FindFirst(PlatformClaims.Role)?.Value ?? "none",
            ActorOrganisationId = user?.OrganisationId(),
            SubjectNhsNumber = subjectNhsNumber,
            Action = action,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Reason = reason,
            Outcome = outcome,
            CorrelationId = context?.CorrelationId(),
        });
    }
}
