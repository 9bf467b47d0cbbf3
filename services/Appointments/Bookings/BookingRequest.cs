using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Validation;

namespace Appointments.Api.Bookings;

/// <summary>
/// The body of <c>POST /api/appointments</c>. A resident books for themselves (the NHS number in their
/// token); a referrer books on a patient's behalf and names them with <see cref="PatientNhsNumber"/>.
/// Ids are strings so a malformed one gets a message naming its field, not a JSON reader error.
/// </summary>
public sealed record BookingRequest(string? SlotId, string? ReferralId, string? PatientNhsNumber)
{
    public static readonly BookingRequest Empty = new(null, null, null);

    /// <returns>The command, or null when <paramref name="errors"/> says why not.</returns>
    public BookingCommand? ToCommand(ClaimsPrincipal user, string? idempotencyKey, ValidationErrors errors)
    {
        var slotId = ParseId(SlotId, "slotId", required: true, errors);
        var referralId = ParseId(ReferralId, "referralId", required: false, errors);
        var nhsNumber = PatientOf(user, errors);
        if (idempotencyKey is { Length: 0 or > Appointment.MaxIdempotencyKeyLength })
        {
            errors.Add(BookingsApi.IdempotencyKeyHeader, $"Idempotency-Key is 1 to {Appointment.MaxIdempotencyKeyLength} characters.");
        }

        var bookedBy = user.SubjectId();
        if (bookedBy is null)
        {
            errors.Add("sub", "Your sign-in does not say who you are.");
        }

        return errors.Any
            ? null
            : new BookingCommand(slotId!.Value, referralId, nhsNumber!, bookedBy!, user.FindFirstValue(PlatformClaims.Role)!, idempotencyKey);
    }

    private string? PatientOf(ClaimsPrincipal user, ValidationErrors errors)
    {
        var patient = PatientNhsNumber?.Replace(" ", "", StringComparison.Ordinal);
        if (user.IsInRole(PlatformRoles.Referrer))
        {
            if (string.IsNullOrEmpty(patient))
            {
                errors.Add("patientNhsNumber", "patientNhsNumber is required to book on a patient's behalf.");
                return null;
            }

            if (!NhsNumbers.IsValid(patient))
            {
                errors.Add("patientNhsNumber", "patientNhsNumber must be a valid 10-digit NHS number.");
                return null;
            }

            return patient;
        }

        if (user.NhsNumber() is not { } own)
        {
            errors.Add("nhs_number", "Your sign-in carries no NHS number, so there is no one to book for.");
            return null;
        }

        if (patient is not null && patient != own)
        {
            errors.Add("patientNhsNumber", "Residents book for themselves: leave patientNhsNumber out.");
            return null;
        }

        return own;
    }

    private static Guid? ParseId(string? value, string field, bool required, ValidationErrors errors)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, $"{field} is required.");
            }

            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        errors.Add(field, $"{field} must be a UUID.");
        return null;
    }
}
