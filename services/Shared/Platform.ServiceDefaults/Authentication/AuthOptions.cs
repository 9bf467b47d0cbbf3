namespace Platform.ServiceDefaults.Authentication;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Tokens are issued for this audience, and every host accepts only it.</summary>
    public string Audience { get; set; } = "neighbourhood-care";

    /// <summary>Production: the OpenID Connect issuer (NHS login, NHS CIS2) whose published keys validate tokens.</summary>
    public string? Authority { get; set; }

    /// <summary>Development only: a base64 HMAC key the launcher generates for each local run.</summary>
    public string? DevelopmentSigningKey { get; set; }

    /// <summary>The issuer of development tokens.</summary>
    public string DevelopmentIssuer { get; set; } = "neighbourhood-care-development";
}
