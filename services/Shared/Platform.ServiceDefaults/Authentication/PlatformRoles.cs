namespace Platform.ServiceDefaults.Authentication;

/// <summary>The roles a token's <c>role</c> claim may carry.</summary>
public static class PlatformRoles
{
    public const string Resident = "resident";
    public const string Referrer = "referrer";
    public const string Provider = "provider";
    public const string Commissioner = "commissioner";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Resident, Referrer, Provider, Commissioner, Admin];
}
