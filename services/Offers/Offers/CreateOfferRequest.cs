using Platform.ServiceDefaults.Validation;

namespace Offers.Api.Offers;

/// <summary>
/// A new offer as a provider (for a service of their own organisation) or an admin posts it.
/// The organisation is not sent: it is the one the Directory says runs the service.
/// </summary>
public sealed record CreateOfferRequest
{
    /// <summary>A string rather than a Guid, so a malformed id is reported with every other problem at once.</summary>
    public string? ServiceId { get; init; }

    public string? Title { get; init; }

    public string? Summary { get; init; }

    public int? PlacesTotal { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public string? NelPriority { get; init; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new ValidationErrors();
        if (!Guid.TryParse(ServiceId, out var serviceId) || serviceId == Guid.Empty)
        {
            errors.Add("serviceId", "Give the id (a UUID) of the service the offer is for.");
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > Offer.MaxTitleLength)
        {
            errors.Add("title", $"Give a title of 1 to {Offer.MaxTitleLength} characters.");
        }

        if (Summary is { Length: > Offer.MaxSummaryLength })
        {
            errors.Add("summary", $"Keep the summary to {Offer.MaxSummaryLength} characters.");
        }

        OfferRules.CheckPlacesTotal(errors, PlacesTotal, required: true);
        if (ValidFrom is null)
        {
            errors.Add("validFrom", "Give the first day of the offer (yyyy-mm-dd).");
        }

        if (ValidTo is null)
        {
            errors.Add("validTo", "Give the last day of the offer (yyyy-mm-dd).");
        }
        else if (ValidFrom is { } from && ValidTo < from)
        {
            errors.Add("validTo", "The last day cannot be before the first day (validFrom).");
        }

        if (NelPriority is null || !NelPriorities.All.Contains(NelPriority))
        {
            errors.Add("nelPriority", $"The NEL priority is one of: {string.Join(", ", NelPriorities.All)}.");
        }

        return errors.ToDictionary();
    }
}
