using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace Portal.Tests;

/// <summary>How the portal is served: its headers, its own copy of the NHS design system, and its links behind the gateway.</summary>
public sealed class HostingTests(PortalFixture portal)
{
    private readonly HttpClient _http = portal.Http;

    [Theory]
    [InlineData("/")]
    [InlineData("/services/not-a-service-id")]
    [InlineData("/no-such-page")]
    [InlineData("/nhsuk/nhsuk-frontend.min.css")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_NHS_design_system_is_served_by_the_portal_itself_with_nothing_from_another_site()
    {
        var page = await _http.GetPageAsync("/");
        var stylesheet = page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var script = page.Document.QuerySelector("script[type=module]")!.GetAttribute("src")!;

        using var css = await _http.GetAsync(stylesheet);
        var cssText = await css.Content.ReadAsStringAsync();
        using var js = await _http.GetAsync(script);
        using var designSystemScript = await _http.GetAsync("/nhsuk/nhsuk-frontend.min.js");
        using var icon = await _http.GetAsync("/nhsuk/assets/images/nhsuk-icon-arrow-down.svg");

        Assert.StartsWith("/nhsuk/nhsuk-frontend.min.css?v=", stylesheet, StringComparison.Ordinal);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("//", string.Concat(System.Text.RegularExpressions.Regex.Matches(cssText, @"url\([^)]*\)").Select(match => match.Value)), StringComparison.Ordinal);
        Assert.Contains("url(assets/images/nhsuk-icon-arrow-down.svg)", cssText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal(HttpStatusCode.OK, designSystemScript.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/find-support?search=walking")]
    [InlineData("/services/" + PortalFixture.WalkingGroupId)]
    public async Task Every_link_and_asset_within_the_platform_is_root_relative(string path)
    {
        var portalAuthority = new Uri(portal.PortalHost.HttpUrl).Authority;
        var page = await _http.GetPageAsync(path);

        var addresses = page.Document.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
            .Select(Address)
            .Where(address => !address.StartsWith('#') && !address.StartsWith("tel:", StringComparison.Ordinal) && !address.StartsWith("mailto:", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(addresses);
        foreach (var address in addresses)
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                Assert.NotEqual(portalAuthority, uri.Authority);
            }
            else
            {
                Assert.Matches("^/[^/]", address);
            }
        }
    }

    [Fact]
    public async Task Links_and_assets_follow_the_path_prefix_the_gateway_forwards()
    {
        var page = await _http.GetPageAsync("/find-support?search=walking", request => request.Headers.Add("X-Forwarded-Prefix", "/portal"));

        Assert.StartsWith("/portal/nhsuk/nhsuk-frontend.min.css", page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("/portal/find-support", page.Document.Forms.Single().GetAttribute("action"));
        Assert.Equal($"/portal/services/{PortalFixture.WalkingGroupId}", page.Document.QuerySelectorAll(".nhsuk-card h3 a")
            .Select(link => link.GetAttribute("href")).Single(href => href!.EndsWith(PortalFixture.WalkingGroupId, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/find-support?search=walking")]
    [InlineData("/services/" + PortalFixture.WalkingGroupId)]
    public async Task No_page_sets_a_cookie_as_the_privacy_page_promises(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/error/503")]
    public async Task The_error_page_visited_directly_is_page_not_found(string path)
    {
        var page = await _http.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("Page not found", page.H1);
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_and_readiness_includes_the_directory()
    {
        using var live = await _http.GetAsync("/health/live");
        var ready = JsonNode.Parse(await _http.GetStringAsync("/health/ready"))!;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (string?)ready["status"]);
        Assert.Equal("Healthy", (string?)ready["checks"]?["directory"]?["status"]);
    }

    private static string Address(IElement element) =>
        element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
}
