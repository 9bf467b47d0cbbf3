namespace Appointments.Api.Bookings;

/// <summary>FHIR Appointment.status codes this service uses.</summary>
public static class AppointmentStatus
{
    public const string Booked = "booked";
    public const string Cancelled = "cancelled";
}
