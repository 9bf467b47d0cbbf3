using Appointments.Api.Data;
using Appointments.Api.Slots;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.Messaging;

namespace Appointments.Api.Bookings;

/// <summary>
/// Books a place in a slot: checks the slot, its service (Directory) and any referral (Referrals), then
/// in one transaction takes the place with a conditional update and saves the appointment, its
/// <see cref="AppointmentBooked"/> event and its audit record. A slot is never over-booked, on either engine.
/// </summary>
public sealed partial class SlotBooking(
    AppointmentsDbContext db,
    IEventOutbox outbox,
    AppointmentAudit audit,
    ServiceAvailabilityCheck directory,
    ReferralOwnershipCheck referrals,
    LockedDatabaseRetry retry,
    TimeProvider clock,
    ILogger<SlotBooking> logger)
{
    private static readonly FieldProblem SlotTaken = FieldProblem.Conflict("slotId", "That time has just been taken; choose another.");
    private static readonly FieldProblem AlreadyHeld = FieldProblem.Conflict("slotId", "This person already has a place in this slot.");

    public async Task<AppointmentOutcome> BookAsync(BookingCommand command, CancellationToken cancellationToken)
    {
        if (await EarlierBookingAsync(command, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var slot = await db.Slots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SlotId, cancellationToken);
        if (slot is null)
        {
            return FieldProblem.NotFound("slotId", "There is no such slot.");
        }

        if (slot.Start <= clock.GetUtcNow().UtcDateTime)
        {
            return FieldProblem.Unprocessable("slotId", "That time has passed; choose another.");
        }

        if (await HoldsPlaceAsync(command.NhsNumber, slot.Id, cancellationToken))
        {
            return AlreadyHeld;
        }

        var refusal = await ServiceRefusalAsync(slot, cancellationToken) ?? await ReferralRefusalAsync(command, slot, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await retry.ExecuteAsync(attempt => TakePlaceAsync(command, slot, attempt), cancellationToken);
    }

    private async Task<AppointmentOutcome> TakePlaceAsync(BookingCommand command, Slot slot, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The place is taken by this conditional update or not at all: concurrent bookings of the last
        // place cannot both succeed. As the transaction's first statement it also takes SQLite's write
        // lock at once, instead of reading first and failing to upgrade after another booking wrote.
        var taken = await db.Slots
            .Where(s => s.Id == slot.Id && s.Booked < s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked + 1), cancellationToken);
        if (taken == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            LogSlotFull(slot.Id);
            return await ConflictAsync(command, SlotTaken, cancellationToken);
        }

        var appointment = Appointment.Book(command, slot, DatabaseTime.Now(clock));
        db.Appointments.Add(appointment);
        outbox.Add(Topics.AppointmentBooked, new AppointmentBooked
        {
            AppointmentId = appointment.Id,
            SlotId = slot.Id,
            ServiceId = slot.ServiceId,
            ReferralId = appointment.ReferralId,
            Start = slot.Start,
            End = slot.End,
        });
        audit.Booked(appointment);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueConstraint.IsViolatedBy(ex))
        {
            // A concurrent request won: the same person into this slot, or the same Idempotency-Key.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ConflictAsync(command, AlreadyHeld, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogBooked(appointment.Id, slot.Id);
        return AppointmentOutcome.Done(AppointmentResponse.From(appointment, slot));
    }

    /// <summary>A retry of a request that already booked gets that booking; anything else gets the problem.</summary>
    private async Task<AppointmentOutcome> ConflictAsync(BookingCommand command, FieldProblem problem, CancellationToken cancellationToken) =>
        await EarlierBookingAsync(command, cancellationToken) ?? problem;

    /// <summary>The appointment an earlier request with this caller's Idempotency-Key made, if there was one.</summary>
    private async Task<AppointmentOutcome?> EarlierBookingAsync(BookingCommand command, CancellationToken cancellationToken)
    {
        if (command.IdempotencyKey is null)
        {
            return null;
        }

        var earlier = await db.Appointments.AsNoTracking()
            .Include(a => a.Slot)
            .FirstOrDefaultAsync(a => a.BookedBy == command.BookedBy && a.IdempotencyKey == command.IdempotencyKey, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        if (earlier.SlotId != command.SlotId)
        {
            return FieldProblem.Unprocessable(BookingsApi.IdempotencyKeyHeader, "This Idempotency-Key was already used to book another slot.");
        }

        await retry.SaveAsync(() => audit.Allowed(AppointmentAudit.Read, earlier, AppointmentAccess.RepeatedBooking), cancellationToken);
        return AppointmentOutcome.Replayed(AppointmentResponse.From(earlier));
    }

    private Task<bool> HoldsPlaceAsync(string nhsNumber, Guid slotId, CancellationToken cancellationToken) =>
        db.Appointments.AnyAsync(
            a => a.SlotId == slotId && a.NhsNumber == nhsNumber && a.Status == AppointmentStatus.Booked, cancellationToken);

    private async Task<FieldProblem?> ServiceRefusalAsync(Slot slot, CancellationToken cancellationToken) =>
        await directory.CheckAsync(slot.ServiceId, cancellationToken) switch
        {
            ServiceAvailability.Active => null,
            ServiceAvailability.NotFound => FieldProblem.NotFound("slotId", "This slot's service is no longer in the directory."),
            ServiceAvailability.NotActive => FieldProblem.Unprocessable("slotId", "This slot's service is not taking bookings at the moment."),
            _ => FieldProblem.Unavailable("slotId", "The directory could not be asked about this slot's service; try again in a moment."),
        };

    private async Task<FieldProblem?> ReferralRefusalAsync(BookingCommand command, Slot slot, CancellationToken cancellationToken)
    {
        if (command.ReferralId is not { } referralId)
        {
            return null;
        }

        // Deliberately vague: saying which (another person's, another service's, unknown) would let a
        // caller probe for referral ids.
        return await referrals.CheckAsync(referralId, command.NhsNumber, slot.ServiceId, cancellationToken) switch
        {
            ReferralOwnership.Belongs => null,
            ReferralOwnership.DoesNotBelong => FieldProblem.Unprocessable("referralId", "This referral is not yours or is for another service."),
            _ => FieldProblem.Unavailable("referralId", "The referral could not be checked; try again in a moment."),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booked appointment {AppointmentId} in slot {SlotId}")]
    private partial void LogBooked(Guid appointmentId, Guid slotId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slot {SlotId} has no place left; booking refused")]
    private partial void LogSlotFull(Guid slotId);
}
