using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// The symmetric key that signs and validates development tokens. It exists only in the Development
/// environment and only when the launcher has generated one for this run: a host without an OIDC
/// authority anywhere else refuses to start rather than accept unsigned or guessable tokens.
/// </summary>
public static class DevelopmentSigningKey
{
    public const int MinimumBytes = 32;

    public static SymmetricSecurityKey From(AuthOptions options, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Auth:Authority is not set. Outside Development every host validates tokens against an OpenID Connect authority.");
        }

        if (string.IsNullOrWhiteSpace(options.DevelopmentSigningKey))
        {
            throw new InvalidOperationException(
                "Neither Auth:Authority nor Auth:DevelopmentSigningKey is set. The launcher generates a development key for each run.");
        }

        var bytes = Convert.FromBase64String(options.DevelopmentSigningKey);
        if (bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"Auth:DevelopmentSigningKey must be at least {MinimumBytes} bytes.");
        }

        return new SymmetricSecurityKey(bytes) { KeyId = "development" };
    }
}
