using System.Globalization;

namespace Portal.Pages.FindSupport;

/// <summary>How far a place is, in miles as the NHS service finders give it.</summary>
public static class Distances
{
    private const double MetresPerMile = 1609.344;

    /// <summary>"0.8 miles away", to a tenth of a mile: the postcode is placed at the middle of its area, so finer would be false precision.</summary>
    public static string Describe(double metres)
    {
        var miles = Math.Round(metres / MetresPerMile, 1, MidpointRounding.AwayFromZero);
        return miles < 0.1
            ? "Less than 0.1 miles away"
            : string.Create(CultureInfo.InvariantCulture, $"{miles:0.0} miles away");
    }
}
