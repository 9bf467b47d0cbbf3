using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;

namespace Portal.Tests;

/// <summary>The Find support page as plain HTML: what a browser without JavaScript gets.</summary>
public sealed class FindSupportPageTests(PortalFixture portal)
{
    private readonly HttpClient _http = portal.Http;

    [Fact]
    public async Task Searching_for_walking_lists_the_Newham_walking_group_with_what_a_resident_needs_to_choose()
    {
        var page = await _http.GetPageAsync("/find-support?search=walking");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var result = ResultNamed(page, PortalFixture.WalkingGroupName);
        Assert.Equal($"/services/{PortalFixture.WalkingGroupId}", result.QuerySelector("h3 a")!.GetAttribute("href"));
        var text = HtmlPage.Normalise(result.TextContent);
        Assert.Contains("Newham Striders", text, StringComparison.Ordinal);
        Assert.Contains("Free, friendly health walks around Central Park in East Ham, led by trained volunteer walk leaders.", text, StringComparison.Ordinal);
        Assert.Contains("Where Newham: Central Park, High Street South, E6 3RW", text, StringComparison.Ordinal);
        Assert.Contains("Cost Free", text, StringComparison.Ordinal);
        Assert.Contains("How to get help You can refer yourself", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_count_names_the_search_and_matches_the_directory()
    {
        var feed = JsonNode.Parse(await portal.DirectoryHttp.GetStringAsync("/api/directory/services?search=walking&per_page=1"))!;
        var total = (int)feed["total_items"]!;

        var page = await _http.GetPageAsync("/find-support?search=walking");

        Assert.Equal($"{total} services found for 'walking'", HtmlPage.Normalise(page.Document.QuerySelector("#results")!.TextContent));
        Assert.Equal(Math.Min(total, 10), page.Document.QuerySelectorAll("ul[aria-labelledby=results] > li").Length);
    }

    [Fact]
    public async Task The_search_form_is_a_plain_GET_form_whose_field_makes_a_shareable_results_address()
    {
        var start = await _http.GetPageAsync("/");

        Assert.Equal("Find support", start.H1);
        var form = start.Document.Forms.Single();
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.Equal("/find-support", form.GetAttribute("action"));
        var field = (IHtmlInputElement)form.QuerySelector("input[type=search]")!;
        Assert.Equal("What are you looking for?", start.Document.QuerySelector($"label[for={field.Id}]")!.TextContent.Trim());

        // What a browser does on submit: the action, and each field as name=value in the query.
        var results = await _http.GetPageAsync($"{form.GetAttribute("action")}?{field.Name}=walking");

        Assert.NotNull(ResultNamed(results, PortalFixture.WalkingGroupName));
        Assert.Equal("walking", ((IHtmlInputElement)results.Document.QuerySelector("#search")!).Value);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_and_suggests_what_to_try()
    {
        var page = await _http.GetPageAsync("/find-support?search=zzzz-no-such-support");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("No services found for 'zzzz-no-such-support'", HtmlPage.Normalise(page.Document.QuerySelector("#results")!.TextContent));
        Assert.Contains("checking your spelling", page.Text, StringComparison.Ordinal);
        Assert.Contains("call 111", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".nhsuk-card"));
        Assert.Null(page.Document.QuerySelector(".nhsuk-error-summary"));
    }

    [Theory]
    [InlineData("", "Enter what you are looking for or a postcode")]
    [InlineData("%20%20", "Enter what you are looking for or a postcode")]
    [InlineData("&postcode=", "Enter what you are looking for or a postcode")]
    [InlineData(null, "What you are looking for must be 200 characters or fewer")]
    public async Task Bad_input_shows_an_error_summary_linked_to_the_field(string? search, string message)
    {
        var page = await _http.GetPageAsync($"/find-support?search={search ?? new string('w', 201)}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summaryLink = page.Document.QuerySelector(".nhsuk-error-summary a")!;
        Assert.Equal(message, summaryLink.TextContent.Trim());
        Assert.Equal("#search", summaryLink.GetAttribute("href"));
        var field = page.Document.GetElementById("search")!;
        Assert.Contains("nhsuk-input--error", field.ClassList);
        var errorMessage = page.Document.GetElementById("search-error")!;
        Assert.Equal($"Error: {message}", HtmlPage.Normalise(errorMessage.TextContent));
        Assert.Contains("search-error", field.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Null(page.Document.QuerySelector("#results"));
    }

    [Fact]
    public async Task Results_are_paged_with_links_that_keep_the_search()
    {
        var feed = JsonNode.Parse(await portal.DirectoryHttp.GetStringAsync("/api/directory/services?search=support&per_page=10"))!;
        Assert.True((int)feed["total_pages"]! >= 2, "The demo data should have more than ten services matching 'support'.");

        var first = await _http.GetPageAsync("/find-support?search=support");
        var next = first.Document.QuerySelector("nav.nhsuk-pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await _http.GetPageAsync(next);

        Assert.Equal("/find-support?search=support&page=2", next);
        Assert.Null(first.Document.QuerySelector("nav.nhsuk-pagination a[rel=prev]"));
        Assert.Equal("2", second.Document.QuerySelector("nav.nhsuk-pagination a[aria-current=page]")!.TextContent.Trim());
        Assert.Equal("/find-support?search=support", second.Document.QuerySelector("nav.nhsuk-pagination a[rel=prev]")!.GetAttribute("href"));
        var firstNames = ResultNames(first);
        var secondNames = ResultNames(second);
        Assert.Equal(10, firstNames.Count);
        Assert.Empty(firstNames.Intersect(secondNames));
        Assert.Equal(
            feed["contents"]!.AsArray().Select(service => (string)service!["name"]!),
            firstNames);
    }

    [Theory]
    [InlineData("/find-support?search=walking&page=0", HttpStatusCode.BadRequest, "There is a problem with this web address")]
    [InlineData("/find-support?search=walking&page=two", HttpStatusCode.BadRequest, "There is a problem with this web address")]
    [InlineData("/find-support?search=walking&page=99", HttpStatusCode.NotFound, "Page not found")]
    public async Task A_page_number_our_links_would_never_make_gets_an_NHS_error_page(string path, HttpStatusCode status, string heading)
    {
        var page = await _http.GetPageAsync(path);

        Assert.Equal(status, page.Response.StatusCode);
        Assert.Equal(heading, page.H1);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
    }

    private static IHtmlElement ResultNamed(HtmlPage page, string name) =>
        (IHtmlElement)page.Document.QuerySelectorAll(".nhsuk-card")
            .Single(card => card.QuerySelector("h3")?.TextContent.Trim() == name);

    private static List<string> ResultNames(HtmlPage page) =>
        page.Document.QuerySelectorAll(".nhsuk-card h3").Select(heading => heading.TextContent.Trim()).ToList();
}
