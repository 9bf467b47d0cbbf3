namespace Appointments.Api.Bookings;

/// <summary>A booking request that passed validation, with the person it is for and who is booking.</summary>
public sealed record BookingCommand(
    Guid SlotId,
    Guid? ReferralId,
    string NhsNumber,
    string BookedBy,
    string BookedByRole,
    string? IdempotencyKey);
