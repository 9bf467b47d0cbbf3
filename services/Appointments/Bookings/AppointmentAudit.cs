using Platform.ServiceDefaults.Audit;

namespace Appointments.Api.Bookings;

/// <summary>
/// The audit records of appointments: every read or change of one, and every refused attempt. Each is
/// written by the same SaveChanges as the change it describes.
/// </summary>
public sealed class AppointmentAudit(IAuditTrail trail)
{
    public const string ResourceType = "Appointment";
    public const string Book = "appointment.book";
    public const string Read = "appointment.read";
    public const string Cancel = "appointment.cancel";

    public void Booked(Appointment appointment) =>
        Allowed(Book, appointment, AppointmentAccess.ReasonForBooking(appointment));

    public void Allowed(string action, Appointment appointment, string reason) =>
        trail.Record(action, ResourceType, appointment.Id.ToString(), appointment.NhsNumber, reason, AuditOutcome.Allowed);

    public void Denied(string action, Appointment appointment) =>
        trail.Record(action, ResourceType, appointment.Id.ToString(), appointment.NhsNumber, AppointmentAccess.NoRelationship, AuditOutcome.Denied);
}
