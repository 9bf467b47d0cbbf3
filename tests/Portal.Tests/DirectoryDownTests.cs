using System.Net;
using System.Text.Json.Nodes;

namespace Portal.Tests;

/// <summary>What people see, and what operators see, when the Directory cannot be reached.</summary>
public sealed class DirectoryDownTests(DirectoryDownFixture portal) : IClassFixture<DirectoryDownFixture>
{
    private readonly HttpClient _http = portal.Http;

    [Theory]
    [InlineData("/find-support?search=walking")]
    [InlineData("/services/" + PortalFixture.WalkingGroupId)]
    public async Task A_page_that_needs_the_directory_is_an_NHS_service_problem_page_with_status_503(string path)
    {
        var page = await _http.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Response.StatusCode);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Sorry, there is a problem with the service", page.H1);
        Assert.Contains("Try again later.", page.Text, StringComparison.Ordinal);
        var reference = page.Response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.Contains(reference, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Accessibility.AssertBasics(page);
    }

    [Fact]
    public async Task A_malformed_postcode_is_explained_without_asking_the_directory()
    {
        var page = await _http.GetPageAsync("/find-support?search=walking&postcode=E6+2R");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Enter a real postcode, like E6 2RT", page.Document.QuerySelector(".nhsuk-error-summary a[href='#postcode']")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_start_page_still_works_because_it_needs_no_directory()
    {
        var page = await _http.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Find support", page.H1);
    }

    [Fact]
    public async Task Readiness_names_the_directory_as_degraded_but_keeps_the_portal_in_service()
    {
        using var response = await _http.GetAsync("/health/ready");
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", (string?)report["status"]);
        Assert.Equal("Degraded", (string?)report["checks"]?["directory"]?["status"]);
    }
}
