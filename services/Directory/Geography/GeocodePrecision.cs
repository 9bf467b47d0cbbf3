namespace Directory.Api.Geography;

/// <summary>How finely a postcode was placed: a search can say "distances are approximate" when it was coarse.</summary>
public enum GeocodePrecision
{
    /// <summary>The postcode's own centroid (postcodes.io): typically within a street of the address.</summary>
    Postcode,

    /// <summary>The centroid of the postcode's sector ("E6 2"): a few hundred metres across in London.</summary>
    Sector,

    /// <summary>The centroid of the postcode's district ("E6"): a few kilometres across.</summary>
    District,
}
