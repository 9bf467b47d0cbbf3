namespace Referrals.Api.Lifecycle;

/// <summary>Why a provider declined: codes, so that the reason can travel in events without free text.</summary>
public static class DeclineReasons
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["not-eligible"] = "The person does not meet the service's eligibility criteria",
        ["no-capacity"] = "The service has no capacity",
        ["better-elsewhere"] = "Another service would meet the person's needs better",
        ["declined-by-person"] = "The person decided not to go ahead",
        ["unable-to-contact"] = "The service could not contact the person",
    };
}
