namespace Offers.Api.Places;

/// <summary>Where a referral's place stands: held, then taken or released.</summary>
public enum PlaceClaimState
{
    /// <summary>Kept for a submitted referral until the provider answers it.</summary>
    Held,

    /// <summary>Given to an accepted referral.</summary>
    Taken,

    /// <summary>Given back when the referral was declined, or declined before a place was held.</summary>
    Released,
}
