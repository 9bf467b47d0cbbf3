namespace Portal.Pages.FindSupport;

public static class AgeRange
{
    /// <summary>"Ages 11 to 25", "Ages 18 and over", "Ages 5 and under", or null when a service takes all ages.</summary>
    public static string? Describe(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        ( > 0 and var from, { } to) => $"Ages {from} to {to}",
        ( > 0 and var from, null) => $"Ages {from} and over",
        (_, { } to) => $"Ages {to} and under",
        _ => null,
    };
}
