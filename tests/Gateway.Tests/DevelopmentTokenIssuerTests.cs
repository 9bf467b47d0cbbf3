using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Testing;

namespace Gateway.Tests;

/// <summary>POST /api/dev/token: personas for local runs, and nothing at all outside Development.</summary>
public sealed class DevelopmentTokenIssuerTests(OpenGatewayFixture fixture) : IClassFixture<OpenGatewayFixture>
{
    private readonly HttpClient _http = fixture.Http;

    [Theory]
    [InlineData("resident", "resident", null, "9990000018")]
    [InlineData("resident2", "resident", null, "9990000026")]
    [InlineData("gp", "referrer", "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a01", null)]
    [InlineData("provider", "provider", "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01", null)]
    [InlineData("commissioner", "commissioner", "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c01", null)]
    [InlineData("admin", "admin", null, null)]
    public async Task A_persona_token_carries_its_role_organisation_and_NHS_number(string persona, string role, string? organisation, string? nhsNumber)
    {
        var token = await IssueAsync(persona);

        var jwt = new JsonWebToken(token);
        Assert.Equal(role, jwt.GetClaim("role").Value);
        Assert.False(string.IsNullOrEmpty(jwt.Subject));
        Assert.Equal(organisation, jwt.TryGetClaim("org_id", out var org) ? org.Value : null);
        Assert.Equal(nhsNumber, jwt.TryGetClaim("nhs_number", out var nhs) ? nhs.Value : null);
    }

    [Fact]
    public async Task An_issued_token_opens_a_protected_route()
    {
        var token = await IssueAsync("gp");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals/inbox");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_persona_is_a_400_naming_the_field()
    {
        using var response = await _http.PostAsync("/api/dev/token", Json.Body("""{"persona":"mayor"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]?["persona"]);
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_naming_the_field()
    {
        using var response = await _http.PostAsync("/api/dev/token", Json.Body("""{"persona": 42}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]?["persona"]);
    }

    [Fact]
    public async Task Outside_Development_the_token_endpoint_does_not_exist()
    {
        await using var production = new ServiceHost<Program>(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = "https://auth.login.nhs.example",
            ["ReverseProxy:Clusters:directory:Destinations:primary:Address"] = fixture.Backend.Url,
        }, environment: "Production");
        using var http = production.CreateHttpClient();

        using var response = await http.PostAsync("/api/dev/token", Json.Body("""{"persona":"admin"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> IssueAsync(string persona)
    {
        using var response = await _http.PostAsync("/api/dev/token", Json.Body($$"""{"persona":"{{persona}}"}"""));
        response.EnsureSuccessStatusCode();
        var body = await Json.ReadAsync(response);
        Assert.Equal("Bearer", (string?)body["token_type"]);
        return (string)body["access_token"]!;
    }
}
