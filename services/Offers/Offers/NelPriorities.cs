namespace Offers.Api.Offers;

/// <summary>The four north east London priorities, as the Directory's <c>ncp-nel-priority</c> taxonomy spells them.</summary>
public static class NelPriorities
{
    public const string Employment = "employment";
    public const string LongTermConditions = "long_term_conditions";
    public const string ChildrenYoungPeople = "children_young_people";
    public const string MentalHealth = "mental_health";

    public static readonly IReadOnlyList<string> All = [Employment, LongTermConditions, ChildrenYoungPeople, MentalHealth];
}
