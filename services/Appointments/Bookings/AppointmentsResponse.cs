namespace Appointments.Api.Bookings;

/// <summary>The body of <c>GET /api/appointments/mine</c>: earliest first.</summary>
public sealed record AppointmentsResponse(IReadOnlyList<AppointmentResponse> Appointments);
