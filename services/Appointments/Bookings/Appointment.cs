using Appointments.Api.Slots;

namespace Appointments.Api.Bookings;

/// <summary>
/// A place in a slot held for one person (a FHIR Appointment): who it is for, who booked it and in what
/// role, and the referral it answers, if any. Its status changes only through conditional updates
/// (see <see cref="AppointmentCancellation"/>), so it is cancelled at most once.
/// </summary>
public sealed class Appointment
{
    public const int MaxIdempotencyKeyLength = 100;

    private Appointment()
    {
    }

    public Guid Id { get; private set; }

    public Guid SlotId { get; private set; }

    public Slot Slot { get; private set; } = null!;

    public Guid ServiceId { get; private set; }

    /// <summary>The person the appointment is for.</summary>
    public string NhsNumber { get; private set; } = "";

    /// <summary>The token subject of whoever booked it: the resident, or a referrer on their behalf.</summary>
    public string BookedBy { get; private set; } = "";

    public string BookedByRole { get; private set; } = "";

    public Guid? ReferralId { get; private set; }

    /// <summary>An <see cref="AppointmentStatus"/> code.</summary>
    public string Status { get; private set; } = AppointmentStatus.Booked;

    public DateTime CreatedAt { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    /// <summary>The booker's <c>Idempotency-Key</c>: a retried request with it finds this appointment.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>
    /// The appointment a booking creates. The slot is referred to by id only: the caller has already
    /// taken its place with a conditional update, and the slot must not be saved again.
    /// </summary>
    public static Appointment Book(BookingCommand command, Slot slot, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        SlotId = slot.Id,
        ServiceId = slot.ServiceId,
        NhsNumber = command.NhsNumber,
        BookedBy = command.BookedBy,
        BookedByRole = command.BookedByRole,
        ReferralId = command.ReferralId,
        Status = AppointmentStatus.Booked,
        CreatedAt = now,
        IdempotencyKey = command.IdempotencyKey,
    };
}
