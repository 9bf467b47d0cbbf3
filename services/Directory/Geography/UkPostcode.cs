using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Directory.Api.Geography;

/// <summary>
/// A UK postcode ("E6 2RT") or an outcode on its own ("E6"), in capitals with one space, however it
/// was typed ("e62rt", " E6  2RT "). Parsing checks the shape only: an outward code of the form A9,
/// A99, A9A, AA9, AA99 or AA9A, an inward code of the form 9AA, and the one historic exception GIR 0AA.
/// It does not apply Royal Mail's rules on which letters may stand where: a postcode with a letter no
/// postcode uses is simply unknown to the geocoder, which is the same answer to a resident as any
/// other postcode that does not exist.
/// </summary>
public sealed partial record UkPostcode
{
    private UkPostcode(string outcode, string? inward)
    {
        Outcode = outcode;
        Inward = inward;
    }

    /// <summary>The outward code: "E6" for E6 2RT.</summary>
    public string Outcode { get; }

    /// <summary>The inward code ("2RT"), or null when only an outcode was given.</summary>
    public string? Inward { get; }

    public bool IsFullPostcode => Inward is not null;

    /// <summary>The postcode sector ("E6 2"), or null when only an outcode was given.</summary>
    public string? Sector => Inward is null ? null : $"{Outcode} {Inward[0]}";

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out UkPostcode? postcode)
    {
        postcode = null;
        if (text is null)
        {
            return false;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        switch (compact.Length)
        {
            // An outward code has two to four characters and a full postcode five to seven, so the
            // length alone says which was meant, and the last three characters of a full one are its
            // inward code whether or not it was typed with a space.
            case >= 2 and <= 4 when OutcodeShape().IsMatch(compact):
                postcode = new UkPostcode(compact, null);
                return true;
            case >= 5 and <= 7:
                var outward = compact[..^3];
                var inward = compact[^3..];
                if (compact == "GIR0AA" || (OutcodeShape().IsMatch(outward) && InwardShape().IsMatch(inward)))
                {
                    postcode = new UkPostcode(outward, inward);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    public static UkPostcode Parse(string text) =>
        TryParse(text, out var postcode) ? postcode : throw new FormatException($"'{text}' is not a UK postcode or outcode.");

    public override string ToString() => Inward is null ? Outcode : $"{Outcode} {Inward}";

    [GeneratedRegex("^(?:[A-Z][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z]{2}[0-9]{1,2}|[A-Z]{2}[0-9][A-Z])$")]
    private static partial Regex OutcodeShape();

    [GeneratedRegex("^[0-9][A-Z]{2}$")]
    private static partial Regex InwardShape();
}
