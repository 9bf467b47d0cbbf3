using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Tests;

/// <summary>Mints tokens the way an attacker or a misconfigured client might: other keys, other issuers, expired.</summary>
public sealed class DevelopmentTokens(string signingKey)
{
    public string Signed(string subject, string role, string? key = null, DateTime? expires = null, string issuer = "neighbourhood-care-development")
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "neighbourhood-care",
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
            IssuedAt = expiry < now ? expiry.AddHours(-1) : now,
            NotBefore = expiry < now ? expiry.AddHours(-1) : now,
            Expires = expiry,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(key ?? signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
