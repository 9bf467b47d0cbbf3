using Platform.ServiceDefaults.Validation;

namespace Offers.Api.Offers;

/// <summary>What a provider may change on a running offer: how many places, and until when.</summary>
public sealed record ChangeOfferRequest
{
    public int? PlacesTotal { get; init; }

    public DateOnly? ValidTo { get; init; }

    public Dictionary<string, string[]> Validate(Offer offer)
    {
        var errors = new ValidationErrors();
        if (PlacesTotal is null && ValidTo is null)
        {
            errors.Add("body", "Give placesTotal, validTo or both.");
        }

        OfferRules.CheckPlacesTotal(errors, PlacesTotal, required: false);
        if (ValidTo is { } validTo && validTo < offer.ValidFrom)
        {
            errors.Add("validTo", $"The last day cannot be before the offer's first day, {offer.ValidFrom:yyyy-MM-dd}.");
        }

        return errors.ToDictionary();
    }
}
