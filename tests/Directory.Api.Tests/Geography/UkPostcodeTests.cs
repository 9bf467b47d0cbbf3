using Directory.Api.Geography;

namespace Directory.Api.Tests.Geography;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("M1 1AE", "M1 1AE")] // A9 9AA
    [InlineData("b338th", "B33 8TH")] // A99 9AA
    [InlineData("W1A 0AX", "W1A 0AX")] // A9A 9AA
    [InlineData("cr2 6xh", "CR2 6XH")] // AA9 9AA
    [InlineData("DN551PT", "DN55 1PT")] // AA99 9AA
    [InlineData("ec1a1bb", "EC1A 1BB")] // AA9A 9AA
    [InlineData("e62rt", "E6 2RT")]
    [InlineData("  E6   2RT ", "E6 2RT")]
    [InlineData("e6\t2rt", "E6 2RT")]
    public void A_postcode_in_any_UK_shape_parses_to_capitals_with_one_space(string typed, string normalised)
    {
        Assert.True(UkPostcode.TryParse(typed, out var postcode));
        Assert.Equal(normalised, postcode.ToString());
        Assert.True(postcode.IsFullPostcode);
    }

    [Theory]
    [InlineData("e6", "E6")]
    [InlineData("M1", "M1")]
    [InlineData("B33", "B33")]
    [InlineData("w1a", "W1A")]
    [InlineData("IG1", "IG1")]
    [InlineData("DN55", "DN55")]
    [InlineData(" ec1a ", "EC1A")]
    public void An_outcode_on_its_own_parses_as_an_outcode(string typed, string normalised)
    {
        Assert.True(UkPostcode.TryParse(typed, out var postcode));
        Assert.Equal(normalised, postcode.ToString());
        Assert.Equal(normalised, postcode.Outcode);
        Assert.False(postcode.IsFullPostcode);
        Assert.Null(postcode.Inward);
        Assert.Null(postcode.Sector);
    }

    [Fact]
    public void A_full_postcode_exposes_its_outcode_inward_code_and_sector()
    {
        var postcode = UkPostcode.Parse("ec1a1bb");

        Assert.Equal("EC1A", postcode.Outcode);
        Assert.Equal("1BB", postcode.Inward);
        Assert.Equal("EC1A 1", postcode.Sector);
    }

    [Fact]
    public void GIR_0AA_is_the_one_postcode_outside_the_usual_shapes()
    {
        var postcode = UkPostcode.Parse("gir0aa");

        Assert.Equal("GIR 0AA", postcode.ToString());
        Assert.Equal("GIR 0", postcode.Sector);
        Assert.False(UkPostcode.TryParse("GIR 1AA", out _));
        Assert.False(UkPostcode.TryParse("GIR", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("E")] // too short for an outcode
    [InlineData("6E")] // starts with a digit
    [InlineData("EEE 1AA")] // no digit in the outward code
    [InlineData("E123 4AB")] // three digits
    [InlineData("EC12A 1BB")] // outward code too long
    [InlineData("E6 2R")] // inward code too short
    [InlineData("E6 RT2")] // inward code not 9AA
    [InlineData("E6 22T")] // inward code not 9AA
    [InlineData("E6 2RTX")] // one character too many
    [InlineData("E6-2RT")] // punctuation
    [InlineData("E6 2RT!")]
    [InlineData("12345")] // a US ZIP code
    [InlineData("SW1A 1AA 1")]
    [InlineData("E6 2ŔT")] // not an ASCII letter
    public void Anything_else_is_not_a_postcode(string? typed)
    {
        Assert.False(UkPostcode.TryParse(typed, out var postcode));
        Assert.Null(postcode);
    }

    [Fact]
    public void Parse_refuses_a_malformed_postcode_with_a_message_that_quotes_it()
    {
        var refused = Assert.Throws<FormatException>(() => UkPostcode.Parse("E6-2RT"));

        Assert.Contains("'E6-2RT'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_postcode_typed_differently_is_equal()
    {
        Assert.Equal(UkPostcode.Parse("e62rt"), UkPostcode.Parse("E6 2RT"));
        Assert.NotEqual(UkPostcode.Parse("E6"), UkPostcode.Parse("E6 2RT"));
    }
}
