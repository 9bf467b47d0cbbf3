using System.Net;

namespace Portal.Tests;

/// <summary>What people see when the Directory is up but cannot place postcodes (its geocoder is down).</summary>
public sealed class PostcodesUnplaceableTests(PostcodesUnplaceableFixture portal) : IClassFixture<PostcodesUnplaceableFixture>
{
    private readonly HttpClient _http = portal.Http;

    [Fact]
    public async Task A_search_near_a_postcode_is_the_NHS_service_problem_page_with_status_503()
    {
        var page = await _http.GetPageAsync("/find-support?search=walking&postcode=E6+2RT");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.H1);
        Assert.Contains("Try again later.", page.Text, StringComparison.Ordinal);
        Accessibility.AssertBasics(page);
    }

    [Fact]
    public async Task A_search_without_a_postcode_still_works()
    {
        var page = await _http.GetPageAsync("/find-support?search=walking");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains(PortalFixture.WalkingGroupName, page.Text, StringComparison.Ordinal);
    }
}
