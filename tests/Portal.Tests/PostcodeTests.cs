using Portal.Pages.FindSupport;

namespace Portal.Tests;

/// <summary>What the Find support page takes for a postcode before it asks the Directory whether it knows it.</summary>
public sealed class PostcodeTests
{
    [Theory]
    [InlineData("E6 2RT", "E6 2RT")]
    [InlineData("e62rt", "E6 2RT")]
    [InlineData("  E6   2RT ", "E6 2RT")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("w1a0ax", "W1A 0AX")]
    [InlineData("IG11 7QJ", "IG11 7QJ")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("e6", "E6")]
    [InlineData("SW1A", "SW1A")]
    public void A_postcode_or_its_first_half_is_read_however_it_was_typed(string typed, string expected)
    {
        Assert.True(Postcode.TryParse(typed, out var postcode));
        Assert.Equal(expected, postcode.ToString());
    }

    [Theory]
    [InlineData("E6 2R")]
    [InlineData("E6 2RTT")]
    [InlineData("12345")]
    [InlineData("E")]
    [InlineData("6E 2RT")]
    [InlineData("E6 RT2")]
    [InlineData("not a postcode")]
    [InlineData("E6-2RT")]
    public void Text_that_is_not_shaped_like_a_postcode_is_refused(string typed)
    {
        Assert.False(Postcode.TryParse(typed, out _));
    }
}
