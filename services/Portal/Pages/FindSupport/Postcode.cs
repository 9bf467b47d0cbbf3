using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Portal.Pages.FindSupport;

/// <summary>
/// A UK postcode ("E6 2RT") or the first half of one ("E6"), in capitals with one space however it was
/// typed ("e62rt"). Only the shape is checked, by the rules the Directory checks it by, so a typing
/// mistake is explained before anything is asked; whether the postcode exists is the Directory's answer.
/// </summary>
public sealed partial record Postcode
{
    private Postcode(string text) => Text = text;

    public string Text { get; }

    public static bool TryParse(string typed, [NotNullWhen(true)] out Postcode? postcode)
    {
        var compact = string.Concat(typed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        postcode = compact.Length switch
        {
            // Two to four characters can only be an outward code, five to seven only a full postcode,
            // whose last three characters are its inward code whether or not a space was typed.
            >= 2 and <= 4 when OutwardCode().IsMatch(compact) => new Postcode(compact),
            >= 5 and <= 7 when compact == "GIR0AA" || (OutwardCode().IsMatch(compact[..^3]) && InwardCode().IsMatch(compact[^3..]))
                => new Postcode($"{compact[..^3]} {compact[^3..]}"),
            _ => null,
        };
        return postcode is not null;
    }

    public override string ToString() => Text;

    [GeneratedRegex("^(?:[A-Z][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z]{2}[0-9]{1,2}|[A-Z]{2}[0-9][A-Z])$")]
    private static partial Regex OutwardCode();

    [GeneratedRegex("^[0-9][A-Z]{2}$")]
    private static partial Regex InwardCode();
}
