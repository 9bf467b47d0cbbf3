using System.Security.Claims;
using Appointments.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Api.Bookings;

/// <summary>Reads appointments for those allowed to see them, auditing every read and every refusal.</summary>
public sealed class AppointmentLookup(AppointmentsDbContext db, AppointmentAudit audit, LockedDatabaseRetry retry)
{
    public static readonly FieldProblem NotFound = FieldProblem.NotFound("id", "There is no such appointment.");

    /// <summary>
    /// One appointment. To anyone not allowed to see it, it does not exist: a 404 tells them nothing
    /// about whether the id is real.
    /// </summary>
    public async Task<AppointmentOutcome> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.AsNoTracking().Include(a => a.Slot).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (appointment is null)
        {
            return NotFound;
        }

        if (AppointmentAccess.ReasonFor(user, appointment) is not { } reason)
        {
            await retry.SaveAsync(() => audit.Denied(AppointmentAudit.Read, appointment), cancellationToken);
            return NotFound;
        }

        await retry.SaveAsync(() => audit.Allowed(AppointmentAudit.Read, appointment, reason), cancellationToken);
        return AppointmentOutcome.Done(AppointmentResponse.From(appointment));
    }

    /// <summary>Every appointment for one person, earliest first.</summary>
    public async Task<List<AppointmentResponse>> ForPersonAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        var appointments = await db.Appointments.AsNoTracking()
            .Include(a => a.Slot)
            .Where(a => a.NhsNumber == nhsNumber)
            .OrderBy(a => a.Slot.Start)
            .ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);

        await retry.SaveAsync(
            () => appointments.ForEach(a => audit.Allowed(AppointmentAudit.Read, a, AppointmentAccess.ForTheResident)),
            cancellationToken);
        return appointments.Select(AppointmentResponse.From).ToList();
    }
}
