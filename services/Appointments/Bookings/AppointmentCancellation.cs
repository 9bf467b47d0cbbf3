using System.Security.Claims;
using Appointments.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Api.Bookings;

/// <summary>
/// Cancels an appointment and gives its place back to the slot, in one transaction with the audit
/// record. Only a booked appointment can be cancelled, so a second cancellation frees nothing.
/// </summary>
public sealed partial class AppointmentCancellation(
    AppointmentsDbContext db,
    AppointmentAudit audit,
    LockedDatabaseRetry retry,
    TimeProvider clock,
    ILogger<AppointmentCancellation> logger)
{
    private static readonly FieldProblem AlreadyCancelled = FieldProblem.Conflict("id", "This appointment is already cancelled.");

    public async Task<AppointmentOutcome> CancelAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.AsNoTracking().Include(a => a.Slot).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (appointment is null)
        {
            return AppointmentLookup.NotFound;
        }

        if (AppointmentAccess.ReasonFor(user, appointment) is not { } reason)
        {
            await retry.SaveAsync(() => audit.Denied(AppointmentAudit.Cancel, appointment), cancellationToken);
            return AppointmentLookup.NotFound;
        }

        return await retry.ExecuteAsync(attempt => CancelBookedAsync(appointment, reason, attempt), cancellationToken);
    }

    private async Task<AppointmentOutcome> CancelBookedAsync(Appointment appointment, string reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = DatabaseTime.Now(clock);

        // The status is the guard: of two concurrent cancellations only one finds it booked. As the
        // first statement it also takes SQLite's write lock at once.
        var cancelled = await db.Appointments
            .Where(a => a.Id == appointment.Id && a.Status == AppointmentStatus.Booked)
            .ExecuteUpdateAsync(
                a => a.SetProperty(x => x.Status, AppointmentStatus.Cancelled).SetProperty(x => x.CancelledAt, (DateTime?)now),
                cancellationToken);
        if (cancelled == 0)
        {
            return AlreadyCancelled;
        }

        await db.Slots
            .Where(s => s.Id == appointment.SlotId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked - 1), cancellationToken);
        audit.Allowed(AppointmentAudit.Cancel, appointment, reason);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogCancelled(appointment.Id, appointment.SlotId);
        return AppointmentOutcome.Done(
            AppointmentResponse.From(appointment) with { Status = AppointmentStatus.Cancelled, CancelledAt = now });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled appointment {AppointmentId}; a place in slot {SlotId} is free again")]
    private partial void LogCancelled(Guid appointmentId, Guid slotId);
}
