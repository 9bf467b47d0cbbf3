using System.Net;

namespace Gateway.Tests;

/// <summary>Behind an ingress controller, anonymous clients are told apart by the address it forwards.</summary>
public sealed class TrustedProxyTests(BehindTrustedProxyGatewayFixture fixture) : IClassFixture<BehindTrustedProxyGatewayFixture>
{
    [Fact]
    public async Task Clients_named_by_a_trusted_proxy_each_get_their_own_allowance()
    {
        Assert.Equal(HttpStatusCode.OK, await GetFeedAsAsync("203.0.113.10"));
        Assert.Equal(HttpStatusCode.OK, await GetFeedAsAsync("203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetFeedAsAsync("203.0.113.10"));

        Assert.Equal(HttpStatusCode.OK, await GetFeedAsAsync("203.0.113.20"));
    }

    [Fact]
    public async Task The_service_behind_sees_the_forwarded_client_address()
    {
        await GetFeedAsAsync("198.51.100.7");

        var forwarded = fixture.Backend.Received.Last();
        Assert.Equal("198.51.100.7", forwarded.Headers["X-Forwarded-For"]);
    }

    private async Task<HttpStatusCode> GetFeedAsAsync(string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory/services");
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await fixture.Http.SendAsync(request);
        return response.StatusCode;
    }
}
