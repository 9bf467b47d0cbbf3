namespace Platform.ServiceDefaults.Authentication;

/// <summary>Claim names as they appear in the token; inbound claim mapping is off so these stay as written.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string OrganisationId = "org_id";
    public const string NhsNumber = "nhs_number";
    public const string Name = "name";
}
