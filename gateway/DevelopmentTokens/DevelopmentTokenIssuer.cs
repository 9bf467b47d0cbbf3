using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Authentication;

namespace Gateway.DevelopmentTokens;

/// <summary>
/// <c>POST /api/dev/token</c>: signs a token for a seeded persona with the key generated for this
/// local run. Registered only in the Development environment; elsewhere the route does not exist.
/// </summary>
public static class DevelopmentTokenIssuer
{
    public const string Path = "/api/dev/token";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static IHostApplicationBuilder AddDevelopmentTokenIssuer(this IHostApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.Configure<Dictionary<string, Persona>>(builder.Configuration.GetSection("DevelopmentTokens:Personas"));
        }

        return builder;
    }

    public static WebApplication MapDevelopmentTokenIssuer(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapPost(Path, Issue).AllowAnonymous().DisableRateLimiting();
            app.MapGet("/api/dev/personas", (IOptions<Dictionary<string, Persona>> personas) => TypedResults.Ok(personas.Value))
                .AllowAnonymous();
        }

        return app;
    }

    public sealed record TokenRequest(string? Persona);

    /// <summary>Named as OAuth 2.0 token responses are (RFC 6749 section 5.1).</summary>
    public sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    private static Results<Ok<TokenResponse>, ValidationProblem> Issue(
        TokenRequest request,
        IOptions<Dictionary<string, Persona>> personas,
        IOptions<AuthOptions> auth,
        IHostEnvironment environment,
        TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.Persona) || !personas.Value.TryGetValue(request.Persona, out var persona))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["persona"] = [$"Give one of: {string.Join(", ", personas.Value.Keys.Order())}."],
            });
        }

        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, persona.Subject),
            new(PlatformClaims.Role, persona.Role),
            new(PlatformClaims.Name, persona.Name),
        };
        if (persona.OrganisationId is { } organisation)
        {
            claims.Add(new Claim(PlatformClaims.OrganisationId, organisation));
        }

        if (persona.NhsNumber is { } nhsNumber)
        {
            claims.Add(new Claim(PlatformClaims.NhsNumber, nhsNumber));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Value.DevelopmentIssuer,
            Audience = auth.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(
                DevelopmentSigningKey.From(auth.Value, environment), SecurityAlgorithms.HmacSha256),
        });

        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)Lifetime.TotalSeconds));
    }
}
