using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Testing;

/// <summary>
/// Mints tokens the way the development issuer does (HS256, its issuer and audience), for a host's
/// <see cref="ServiceHost{TProgram}.SigningKey"/>; and, for tests of refusal, with another key, issuer or expiry.
/// </summary>
public sealed class TestTokens(string signingKey)
{
    public const string Issuer = "neighbourhood-care-development";
    public const string Audience = "neighbourhood-care";

    public string For(string subject, string role, string? organisationId = null, string? nhsNumber = null) =>
        Signed(subject, role, organisationId, nhsNumber);

    public string Signed(
        string subject,
        string role,
        string? organisationId = null,
        string? nhsNumber = null,
        string? key = null,
        DateTime? expires = null,
        string issuer = Issuer)
    {
        var claims = new List<Claim> { new("sub", subject), new("role", role) };
        if (organisationId is not null)
        {
            claims.Add(new Claim("org_id", organisationId));
        }

        if (nhsNumber is not null)
        {
            claims.Add(new Claim("nhs_number", nhsNumber));
        }

        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        var issuedAt = expiry < now ? expiry.AddHours(-1) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expiry,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(key ?? signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A client of <paramref name="baseAddress"/> whose requests carry <paramref name="token"/>.</summary>
    public static HttpClient ClientWith(string baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseAddress) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
