using System.Globalization;
using Portal.Directory;

namespace Portal.Pages.FindSupport;

/// <summary>What a service costs, from its ORUK cost options.</summary>
public static class Costs
{
    /// <summary>"Free" when every option is free, "Charges from £3.50" when any is not, or null when the Directory does not say.</summary>
    public static string? Summarise(ServiceDocument service)
    {
        var amounts = service.CostOptions.Select(option => option.Amount).OfType<decimal>().ToList();
        if (amounts.Count == 0)
        {
            return null;
        }

        var charges = amounts.Where(amount => amount > 0).ToList();
        return charges.Count == 0 ? "Free" : $"Charges from {Price(charges.Min())}";
    }

    /// <summary>One option's name and price: "Standard: £3", "Free", "Membership: free".</summary>
    public static string Describe(CostOptionDocument option)
    {
        var price = option.Amount is { } amount ? (amount == 0 ? "free" : Price(amount)) : null;
        return (option.Option, price) switch
        {
            ({ } name, "free") when string.Equals(name, "free", StringComparison.OrdinalIgnoreCase) => "Free",
            ({ } name, { } cost) => $"{name}: {cost}",
            ({ } name, null) => name,
            (null, { } cost) => char.ToUpperInvariant(cost[0]) + cost[1..],
            _ => "Cost not given",
        };
    }

    /// <summary>GOV.UK style: £3 for whole pounds, £3.50 otherwise.</summary>
    private static string Price(decimal amount) =>
        amount == decimal.Truncate(amount)
            ? string.Create(CultureInfo.InvariantCulture, $"£{amount:0}")
            : string.Create(CultureInfo.InvariantCulture, $"£{amount:0.00}");
}
