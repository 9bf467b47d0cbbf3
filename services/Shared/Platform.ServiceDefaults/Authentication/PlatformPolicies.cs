namespace Platform.ServiceDefaults.Authentication;

/// <summary>Authorization policy names shared by the gateway's routes and the services' endpoints.</summary>
public static class PlatformPolicies
{
    public const string Authenticated = "authenticated";
    public const string Resident = "resident";
    public const string Staff = "staff";
    public const string Provider = "provider";
    public const string Referrer = "referrer";
}
