using Platform.ServiceDefaults.Validation;

namespace Offers.Api.Offers;

/// <summary>Checks shared by creating and changing an offer.</summary>
internal static class OfferRules
{
    public static void CheckPlacesTotal(ValidationErrors errors, int? placesTotal, bool required)
    {
        if (placesTotal is null && !required)
        {
            return;
        }

        if (placesTotal is not (>= 1 and <= Offer.MaxPlaces))
        {
            errors.Add("placesTotal", $"Give a number of places from 1 to {Offer.MaxPlaces}.");
        }
    }
}
