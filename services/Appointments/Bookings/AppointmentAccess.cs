using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace Appointments.Api.Bookings;

/// <summary>
/// Who may see or change an appointment: the person it is for, whoever booked it, and an administrator.
/// The reason is what the audit trail records as "why".
/// </summary>
public static class AppointmentAccess
{
    public const string ForTheResident = "the appointment is for this resident";
    public const string BookedByCaller = "the caller booked this appointment";
    public const string Administration = "platform administration";
    public const string RepeatedBooking = "a repeated booking request (same Idempotency-Key) returns the appointment it made";
    public const string NoRelationship = "the caller is not the person it is for, its booker or an administrator";

    /// <returns>Why the caller may act on <paramref name="appointment"/>, or null when they may not.</returns>
    public static string? ReasonFor(ClaimsPrincipal user, Appointment appointment)
    {
        if (user.IsInRole(PlatformRoles.Resident) && user.NhsNumber() == appointment.NhsNumber)
        {
            return ForTheResident;
        }

        if (user.SubjectId() == appointment.BookedBy)
        {
            return BookedByCaller;
        }

        return user.IsInRole(PlatformRoles.Admin) ? Administration : null;
    }

    /// <summary>Why a booking was made, as the audit trail records it.</summary>
    public static string ReasonForBooking(Appointment appointment) =>
        appointment.BookedByRole == PlatformRoles.Referrer
            ? "a referrer booked on the patient's behalf"
            : "the resident booked for themselves";
}
