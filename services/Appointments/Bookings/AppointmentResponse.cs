using Appointments.Api.Slots;

namespace Appointments.Api.Bookings;

/// <summary>An appointment as the REST API shows it to those allowed to see it; times are UTC.</summary>
public sealed record AppointmentResponse(
    Guid Id,
    Guid SlotId,
    Guid ServiceId,
    Guid? LocationId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string NhsNumber,
    string Status,
    Guid? ReferralId,
    string BookedByRole,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CancelledAt)
{
    /// <summary>For an appointment loaded with its slot.</summary>
    public static AppointmentResponse From(Appointment appointment) => From(appointment, appointment.Slot);

    public static AppointmentResponse From(Appointment appointment, Slot slot) => new(
        appointment.Id,
        appointment.SlotId,
        appointment.ServiceId,
        slot.LocationId,
        slot.Start,
        slot.End,
        appointment.NhsNumber,
        appointment.Status,
        appointment.ReferralId,
        appointment.BookedByRole,
        appointment.CreatedAt,
        appointment.CancelledAt);
}
