using System.Globalization;
using Platform.ServiceDefaults.Validation;

namespace Appointments.Api.Slots;

/// <summary>
/// Which free slots a caller wants: one service, a window of at most <see cref="MaxWindow"/>. REST and
/// gRPC validate through here, so both answer the same question the same way; errors are keyed by
/// the names both use (<c>service_id</c>, <c>from</c>, <c>to</c>, <c>max_results</c>).
/// </summary>
public sealed record FreeSlotQuery(Guid ServiceId, DateTimeOffset From, DateTimeOffset To, int? MaxResults)
{
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(31);

    /// <summary>From query-string values: times are ISO 8601, a bare date meaning midnight UTC.</summary>
    public static FreeSlotQuery? Parse(string? serviceId, string? from, string? to, ValidationErrors errors)
    {
        var fromTime = ParseTime(from, "from", errors);
        var toTime = ParseTime(to, "to", errors);
        return Create(serviceId, fromTime, toTime, maxResults: null, errors);
    }

    /// <returns>The query, or null when <paramref name="errors"/> says why not.</returns>
    public static FreeSlotQuery? Create(string? serviceId, DateTimeOffset? from, DateTimeOffset? to, int? maxResults, ValidationErrors errors)
    {
        Guid service = default;
        if (string.IsNullOrWhiteSpace(serviceId))
        {
            errors.Add("service_id", "service_id is required.");
        }
        else if (!Guid.TryParse(serviceId, out service))
        {
            errors.Add("service_id", "service_id must be a UUID.");
        }

        if (from is { } start && to is { } end)
        {
            if (end <= start)
            {
                errors.Add("to", "to must be later than from.");
            }
            else if (end - start > MaxWindow)
            {
                errors.Add("to", $"The window from from to to is at most {MaxWindow.TotalDays} days.");
            }
        }

        if (maxResults < 0)
        {
            errors.Add("max_results", "max_results cannot be negative.");
        }

        return errors.Any || from is null || to is null
            ? null
            : new FreeSlotQuery(service, from.Value, to.Value, maxResults is > 0 ? maxResults : null);
    }

    private static DateTimeOffset? ParseTime(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors.Add(field, $"{field} must be an ISO 8601 date-time, such as 2026-12-01T09:00:00Z.");
        return null;
    }
}
