using System.Net;
using System.Net.Http.Headers;

namespace Gateway.Tests;

/// <summary>What the gateway adds to, and checks on, every request it forwards.</summary>
public sealed class RoutingTests(OpenGatewayFixture fixture) : IClassFixture<OpenGatewayFixture>
{
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task An_anonymous_directory_request_is_forwarded_with_a_correlation_id_and_trace_context()
    {
        using var response = await _http.GetAsync("/api/directory/services?search=walking");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var correlationId = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        var forwarded = fixture.Backend.Received.Last(r => r.PathAndQuery == "/api/directory/services?search=walking");
        Assert.Equal(correlationId, forwarded.Headers["X-Correlation-Id"]);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", forwarded.Headers["traceparent"]);
    }

    [Fact]
    public async Task A_correlation_id_given_by_the_caller_is_kept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory/services");
        request.Headers.Add("X-Correlation-Id", "support-call-1234");

        using var response = await _http.SendAsync(request);

        Assert.Equal("support-call-1234", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task A_correlation_id_with_unsafe_characters_is_replaced()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory/services");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "evil\"<script>");

        using var response = await _http.SendAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Theory]
    [InlineData("/api/referrals")]
    [InlineData("/api/appointments")]
    [InlineData("/api/offers")]
    public async Task A_protected_route_without_a_token_is_401_and_never_reaches_the_service(string path)
    {
        var before = fixture.Backend.Received.Count(r => r.PathAndQuery == path);

        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, fixture.Backend.Received.Count(r => r.PathAndQuery == path));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var forged = fixture.Tokens.Signed("resident-aisha-rahman", "resident", key: Convert.ToBase64String(new byte[32]));

        using var response = await SendWithTokenAsync("/api/referrals", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        using var response = await SendWithTokenAsync("/api/referrals", fixture.Tokens.Signed("someone", "admin", issuer: "https://elsewhere.example"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var expired = fixture.Tokens.Signed("resident-aisha-rahman", "resident", expires: DateTime.UtcNow.AddHours(-2));

        using var response = await SendWithTokenAsync("/api/referrals", expired);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_is_forwarded_to_the_service_which_validates_it_again()
    {
        var token = fixture.Tokens.Signed("resident-aisha-rahman", "resident");

        using var response = await SendWithTokenAsync("/api/referrals/mine", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = fixture.Backend.Received.Last(r => r.PathAndQuery == "/api/referrals/mine");
        Assert.Equal("Bearer " + token, forwarded.Headers["Authorization"]);
    }

    [Fact]
    public async Task The_open_data_feed_may_be_read_from_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory/services");
        request.Headers.Add("Origin", "https://a-borough-website.example");

        using var response = await _http.SendAsync(request);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Every_other_path_goes_to_the_portal_anonymously()
    {
        using var response = await _http.GetAsync("/find-support?search=walking");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = fixture.Backend.Received.Last(r => r.PathAndQuery == "/find-support?search=walking");
        Assert.Equal("127.0.0.1", forwarded.Headers["X-Forwarded-For"]);
    }

    [Fact]
    public async Task An_api_path_no_service_owns_is_a_404_problem_not_a_portal_page()
    {
        using var response = await _http.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(fixture.Backend.Received, r => r.PathAndQuery == "/api/nothing-here");
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_token()
    {
        using var live = await _http.GetAsync("/health/live");
        using var ready = await _http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request);
    }
}
