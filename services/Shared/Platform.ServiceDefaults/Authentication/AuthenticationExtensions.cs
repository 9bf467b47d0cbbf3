using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// JWT bearer validation shared by the gateway and every service: the gateway authenticates, and each
/// service validates the same token again before it authorizes per resource.
/// </summary>
public static class AuthenticationExtensions
{
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = true,
                    ValidAudience = options.Audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = PlatformClaims.Subject,
                    RoleClaimType = PlatformClaims.Role,
                };

                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                    return;
                }

                jwt.TokenValidationParameters.ValidIssuer = options.DevelopmentIssuer;
                jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentSigningKey.From(options, builder.Environment);
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlatformPolicies.Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(PlatformPolicies.Resident, policy => policy.RequireRole(PlatformRoles.Resident))
            .AddPolicy(PlatformPolicies.Staff, policy => policy.RequireRole(
                PlatformRoles.Referrer, PlatformRoles.Provider, PlatformRoles.Commissioner, PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.Provider, policy => policy.RequireRole(PlatformRoles.Provider, PlatformRoles.Admin))
            .AddPolicy(PlatformPolicies.Referrer, policy => policy.RequireRole(PlatformRoles.Referrer, PlatformRoles.Admin));

        return builder;
    }

    public static string? OrganisationId(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.OrganisationId)?.Value;

    public static string? NhsNumber(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.NhsNumber)?.Value;

    public static string? SubjectId(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Subject)?.Value;
}
