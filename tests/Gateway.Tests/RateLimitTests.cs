using System.Net;
using System.Net.Http.Headers;

namespace Gateway.Tests;

/// <summary>
/// Per-client limits, proven with low ones (3 anonymous feed requests, 2 API requests per user per window).
/// Each test uses its own client identity so they do not share an allowance.
/// </summary>
public sealed class RateLimitTests(TightLimitGatewayFixture fixture) : IClassFixture<TightLimitGatewayFixture>
{
    private readonly HttpClient _http = fixture.Http;

    [Fact]
    public async Task The_anonymous_feed_answers_429_with_Retry_After_once_a_client_passes_its_limit()
    {
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await _http.GetAsync("/api/directory/services");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await _http.GetAsync("/api/directory/services");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signed_in_callers_are_limited_each_on_their_own_allowance()
    {
        var first = fixture.Tokens.Signed("user-one", "resident");
        var second = fixture.Tokens.Signed("user-two", "resident");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task Health_checks_are_never_rate_limited()
    {
        for (var i = 0; i < 10; i++)
        {
            using var response = await _http.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/appointments/mine");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request);
    }
}
