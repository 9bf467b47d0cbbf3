using System.Net;

namespace Portal.Tests;

/// <summary>A service's page: the full record from the Directory, in plain English.</summary>
public sealed class ServicePageTests(PortalFixture portal)
{
    private readonly HttpClient _http = portal.Http;

    [Fact]
    public async Task The_walking_group_page_shows_its_opening_times_in_plain_English()
    {
        var page = await _http.GetPageAsync($"/services/{PortalFixture.WalkingGroupId}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(PortalFixture.WalkingGroupName, page.H1);
        Assert.Equal($"{PortalFixture.WalkingGroupName} – Neighbourhood Care", page.Title);
        Assert.Contains("Saturdays, 9:30am to midday", page.Text, StringComparison.Ordinal);
        Assert.Contains("Wednesdays, 2pm to 3:30pm", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_walking_group_page_says_you_can_refer_yourself_and_how_to_get_in_touch()
    {
        var page = await _http.GetPageAsync($"/services/{PortalFixture.WalkingGroupId}");

        Assert.Contains("You can refer yourself.", page.Text, StringComparison.Ordinal);
        Assert.Contains("You can use this service face to face.", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='tel:02079460101']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='mailto:walks@newham-striders.example.org']"));
    }

    [Fact]
    public async Task The_walking_group_page_shows_where_what_it_costs_who_it_is_for_and_its_languages()
    {
        var page = await _http.GetPageAsync($"/services/{PortalFixture.WalkingGroupId}");

        Assert.Equal("Newham Striders", page.Document.QuerySelector(".nhsuk-caption-l")!.TextContent.Trim());
        Assert.Contains("Central Park, High Street South London E6 3RW", page.Text, StringComparison.Ordinal);
        Assert.Contains("Step-free routes: All routes are on flat, tarmac paths", page.Text, StringComparison.Ordinal);
        Assert.Contains("Cost Free No charge; tea afterwards is optional", page.Text, StringComparison.Ordinal);
        Assert.Contains("Ages 18 and over", page.Text, StringComparison.Ordinal);
        Assert.Contains("People in Newham", page.Text, StringComparison.Ordinal);
        Assert.Contains("Languages Bengali, English", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_temporarily_closed_service_says_so_and_shows_its_alert_in_a_warning_callout()
    {
        var page = await _http.GetPageAsync($"/services/{PortalFixture.GrowingProjectId}");

        Assert.Equal("Temporarily closed", page.Document.QuerySelector("strong.nhsuk-tag")!.TextContent.Trim());
        var callout = page.Document.QuerySelector(".nhsuk-card--warning")!;
        Assert.Equal("Important", callout.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("The garden is closed for winter", callout.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wednesdays and Saturdays, 10am to 2pm", page.Text, StringComparison.Ordinal);
        Assert.Contains("From 3 March 2027", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_only_professionals_refer_to_says_a_professional_must_refer_you()
    {
        var page = await _http.GetPageAsync("/find-support?search=Community%20Mental%20Health%20Team");
        var href = page.Document.QuerySelectorAll(".nhsuk-card h3 a").First().GetAttribute("href")!;

        var service = await _http.GetPageAsync(href);

        Assert.Contains("A professional must refer you.", service.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("You can refer yourself", service.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_service_is_an_NHS_page_not_found()
    {
        var page = await _http.GetPageAsync($"/services/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Page not found", page.H1);
        Assert.Equal("Page not found – Neighbourhood Care", page.Title);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/find-support']"));
    }

    [Fact]
    public async Task A_malformed_service_id_is_an_NHS_bad_address_page()
    {
        var page = await _http.GetPageAsync("/services/not-a-service-id");

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("There is a problem with this web address", page.H1);
    }

    [Fact]
    public async Task An_address_the_portal_does_not_have_is_an_NHS_page_not_found()
    {
        var page = await _http.GetPageAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("Page not found", page.H1);
    }
}
