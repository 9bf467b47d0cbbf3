using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Portal.Tests;

/// <summary>The Find support page with a postcode, as plain HTML: the places services are delivered at, nearest first.</summary>
public sealed partial class FindSupportNearPostcodeTests(PortalFixture portal)
{
    private const string Attribution =
        "Contains OS data © Crown copyright and database right 2025. "
        + "Contains Royal Mail data © Royal Mail copyright and database right 2025. "
        + "Contains National Statistics data © Crown copyright and database right 2025.";

    private readonly HttpClient _http = portal.Http;

    [Fact]
    public async Task Searching_for_walking_near_E6_2RT_lists_the_Newham_walking_group_first_with_its_distance_in_miles()
    {
        var feed = await NearbyFeedAsync("search=walking&postcode=E6+2RT");

        var page = await _http.GetPageAsync("/find-support?search=walking&postcode=E6+2RT");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var total = (int)feed["total_items"]!;
        Assert.Equal($"{total} {(total == 1 ? "place" : "places")} found near E6 2RT for 'walking'", Heading(page));
        var first = Results(page).First();
        Assert.Equal(PortalFixture.WalkingGroupName, Name(first));
        Assert.Equal($"/services/{PortalFixture.WalkingGroupId}", ServiceLink(first));
        var text = HtmlPage.Normalise(first.TextContent);
        Assert.Contains("Newham Striders", text, StringComparison.Ordinal);
        Assert.Contains("0.7 miles away", text, StringComparison.Ordinal);
        Assert.Contains("Free, friendly health walks around Central Park in East Ham, led by trained volunteer walk leaders.", text, StringComparison.Ordinal);
        Assert.Contains("Where Newham: Central Park, High Street South, E6 3RW", text, StringComparison.Ordinal);
        Assert.Contains("Cost Free", text, StringComparison.Ordinal);
        Assert.Contains("How to get help You can refer yourself", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Places_near_a_postcode_are_listed_nearest_first_with_the_directorys_distances_in_miles()
    {
        var feed = await NearbyFeedAsync("postcode=E6+2RT");

        var page = await _http.GetPageAsync("/find-support?postcode=E6+2RT");

        var miles = Results(page).Select(MilesAway).ToList();
        Assert.True(miles.Count > 2, "The demo data should have several places near E6 2RT.");
        Assert.Equal(miles.Order(), miles);
        var places = feed["contents"]!.AsArray();
        Assert.Equal(places.Select(place => (string)place!["service"]!["name"]!), Results(page).Select(Name));
        Assert.Equal(places.Select(place => Math.Round((double)place!["distance"]! / 1609.344, 1, MidpointRounding.AwayFromZero)), miles);
    }

    [Theory]
    [InlineData("E6+2RT")]
    [InlineData("e62rt")]
    [InlineData("%20e6%202rt%20")]
    public async Task A_postcode_on_its_own_is_a_search_for_everything_near_it_however_it_was_typed(string postcode)
    {
        var feed = await NearbyFeedAsync("postcode=E6+2RT");

        var page = await _http.GetPageAsync($"/find-support?postcode={postcode}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Null(page.Document.QuerySelector(".nhsuk-error-summary"));
        Assert.Equal($"{(int)feed["total_items"]!} places found near E6 2RT", Heading(page));
        Assert.Equal(string.Empty, ((IHtmlInputElement)page.Document.GetElementById("search")!).Value);
    }

    [Fact]
    public async Task The_postcode_box_is_in_the_same_GET_form_so_a_search_near_a_postcode_is_a_shareable_address()
    {
        var start = await _http.GetPageAsync("/");

        var form = start.Document.Forms.Single();
        var field = (IHtmlInputElement)form.QuerySelector("#postcode")!;
        Assert.Equal("postcode", field.Name);
        Assert.Equal("text", field.Type);
        Assert.Equal("postal-code", field.Autocomplete);
        Assert.Equal("Postcode (optional)", start.Document.QuerySelector("label[for=postcode]")!.TextContent.Trim());
        Assert.Equal("For example, E6 2RT", start.Document.GetElementById("postcode-hint")!.TextContent.Trim());
        Assert.Contains("postcode-hint", field.GetAttribute("aria-describedby")!.Split(' '));

        var results = await _http.GetPageAsync($"{form.GetAttribute("action")}?search=walking&{field.Name}=E6+2RT");

        Assert.Equal("E6 2RT", ((IHtmlInputElement)results.Document.GetElementById("postcode")!).Value);
        Assert.Equal("walking", ((IHtmlInputElement)results.Document.GetElementById("search")!).Value);
        Assert.Contains(Results(results), result => Name(result) == PortalFixture.WalkingGroupName);
    }

    [Theory]
    [InlineData("E6 2R")]
    [InlineData("not a postcode")]
    [InlineData("12345")]
    [InlineData("E6 2RTT")]
    public async Task A_malformed_postcode_is_explained_in_an_error_summary_linked_to_the_postcode_field(string postcode)
    {
        var page = await _http.GetPageAsync($"/find-support?search=walking&postcode={Uri.EscapeDataString(postcode)}");

        AssertOnlyPostcodeError(page, "Enter a real postcode, like E6 2RT");
        Assert.Equal(postcode, ((IHtmlInputElement)page.Document.GetElementById("postcode")!).Value);
        Assert.Equal("walking", ((IHtmlInputElement)page.Document.GetElementById("search")!).Value);
    }

    [Theory]
    [InlineData("ZZ9 9ZZ")]
    [InlineData("ZZ9")]
    public async Task A_well_formed_postcode_the_directory_does_not_know_could_not_be_found(string postcode)
    {
        var page = await _http.GetPageAsync($"/find-support?search=walking&postcode={Uri.EscapeDataString(postcode)}");

        AssertOnlyPostcodeError(page, "We could not find that postcode. Check it and try again.");
        Assert.Equal(postcode, ((IHtmlInputElement)page.Document.GetElementById("postcode")!).Value);
    }

    [Fact]
    public async Task Each_bad_field_has_its_own_error_listed_in_the_order_of_the_form()
    {
        var page = await _http.GetPageAsync($"/find-support?search={new string('w', 201)}&postcode=E6+2R");

        var links = page.Document.QuerySelectorAll(".nhsuk-error-summary a")
            .Select(link => (link.GetAttribute("href"), link.TextContent.Trim()))
            .ToList();
        Assert.Equal(
            [("#search", "What you are looking for must be 200 characters or fewer"), ("#postcode", "Enter a real postcode, like E6 2RT")],
            links);
        Assert.NotNull(page.Document.GetElementById("search-error"));
        Assert.NotNull(page.Document.GetElementById("postcode-error"));
    }

    [Theory]
    [InlineData("postcode=E6+2RT", "/find-support?postcode=E6%202RT")]
    [InlineData("search=health&postcode=e6%202rt", "/find-support?search=health&postcode=E6%202RT")]
    public async Task Paging_through_places_near_a_postcode_keeps_the_postcode_in_the_links(string query, string firstPageHref)
    {
        var feed = await NearbyFeedAsync(query);
        Assert.True((int)feed["total_pages"]! >= 2, $"The demo data should have more than ten places for {query}.");

        var first = await _http.GetPageAsync($"/find-support?{query}");
        var next = first.Document.QuerySelector("nav.nhsuk-pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await _http.GetPageAsync(next);

        Assert.Equal($"{firstPageHref}&page=2", next);
        Assert.Equal(firstPageHref, second.Document.QuerySelector("nav.nhsuk-pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(Heading(first), Heading(second));
        var firstResults = Results(first);
        var secondResults = Results(second);
        Assert.Equal(10, firstResults.Count);
        Assert.NotEmpty(secondResults);
        Assert.True(firstResults.Select(MilesAway).Max() <= secondResults.Select(MilesAway).Min(), "The second page has places nearer than the first's.");
    }

    [Fact]
    public async Task Results_near_a_postcode_carry_the_OS_attribution_and_results_without_one_do_not()
    {
        var near = await _http.GetPageAsync("/find-support?search=walking&postcode=E6+2RT");
        var nothingNear = await _http.GetPageAsync("/find-support?search=walking&postcode=M1+1AA");
        var withoutPostcode = await _http.GetPageAsync("/find-support?search=walking");

        Assert.Contains(Attribution, near.Text, StringComparison.Ordinal);
        Assert.Contains(Attribution, nothingNear.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("OS data", withoutPostcode.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_near_a_postcode_says_so_and_suggests_searching_without_it()
    {
        var page = await _http.GetPageAsync("/find-support?search=walking&postcode=M1+1AA");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("No places found near M1 1AA for 'walking'", Heading(page));
        Assert.Contains("searching without a postcode", page.Text, StringComparison.Ordinal);
        Assert.Contains("call 111", page.Text, StringComparison.Ordinal);
        Assert.Empty(Results(page));
    }

    [Fact]
    public async Task An_empty_postcode_box_is_a_search_without_a_postcode()
    {
        var page = await _http.GetPageAsync("/find-support?search=walking&postcode=");

        Assert.Matches("^\\d+ services? found for 'walking'$", Heading(page));
        Assert.Contains(Results(page), result => Name(result) == PortalFixture.WalkingGroupName);
        Assert.DoesNotContain("miles away", page.Text, StringComparison.Ordinal);
    }

    private static void AssertOnlyPostcodeError(HtmlPage page, string message)
    {
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summaryLink = Assert.Single(page.Document.QuerySelectorAll(".nhsuk-error-summary a"));
        Assert.Equal(message, summaryLink.TextContent.Trim());
        Assert.Equal("#postcode", summaryLink.GetAttribute("href"));
        var field = page.Document.GetElementById("postcode")!;
        Assert.Contains("nhsuk-input--error", field.ClassList);
        Assert.Contains("postcode-error", field.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal($"Error: {message}", HtmlPage.Normalise(page.Document.GetElementById("postcode-error")!.TextContent));
        Assert.Null(page.Document.GetElementById("search-error"));
        Assert.Null(page.Document.QuerySelector("#results"));
        Assert.DoesNotContain("OS data", page.Text, StringComparison.Ordinal);
    }

    /// <summary>The Directory's own answer to the search the page makes: 5 km, ten to a page.</summary>
    private async Task<JsonNode> NearbyFeedAsync(string query) =>
        JsonNode.Parse(await portal.DirectoryHttp.GetStringAsync($"/api/directory/service_at_locations?{query}&proximity=5000&full=true&per_page=10"))!;

    private static string Heading(HtmlPage page) => HtmlPage.Normalise(page.Document.QuerySelector("#results")!.TextContent);

    private static List<IHtmlElement> Results(HtmlPage page) =>
        page.Document.QuerySelectorAll("ul[aria-labelledby=results] > li .nhsuk-card").Cast<IHtmlElement>().ToList();

    private static string Name(IHtmlElement result) => result.QuerySelector("h3")!.TextContent.Trim();

    private static string ServiceLink(IHtmlElement result) => result.QuerySelector("h3 a")!.GetAttribute("href")!;

    private static double MilesAway(IHtmlElement result)
    {
        var match = MilesAwayText().Match(HtmlPage.Normalise(result.TextContent));
        Assert.True(match.Success, $"'{Name(result)}' does not say how far away it is.");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(\d+\.\d) miles away")]
    private static partial Regex MilesAwayText();
}
