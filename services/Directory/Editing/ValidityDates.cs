using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>ORUK's <c>valid_from</c> and <c>valid_to</c> (on schedules and costs): dates, the first not after the second.</summary>
public static class ValidityDates
{
    public static void Validate(string? validFrom, string? validTo, string path, ValidationErrors errors)
    {
        DateOnly? from = null;
        DateOnly? to = null;
        if (validFrom is not null)
        {
            if (FieldRules.TryReadDate(validFrom, out var date))
            {
                from = date;
            }
            else
            {
                errors.Add(FieldPath.Of(path, "valid_from"), "valid_from is a date, YYYY-MM-DD.");
            }
        }

        if (validTo is not null)
        {
            if (FieldRules.TryReadDate(validTo, out var date))
            {
                to = date;
            }
            else
            {
                errors.Add(FieldPath.Of(path, "valid_to"), "valid_to is a date, YYYY-MM-DD.");
            }
        }

        if (from > to)
        {
            errors.Add(FieldPath.Of(path, "valid_to"), "valid_to is on or after valid_from.");
        }
    }
}
