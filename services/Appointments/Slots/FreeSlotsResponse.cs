namespace Appointments.Api.Slots;

/// <summary>The body of <c>GET /api/appointments/slots</c>.</summary>
public sealed record FreeSlotsResponse(IReadOnlyList<SlotResponse> Slots);
