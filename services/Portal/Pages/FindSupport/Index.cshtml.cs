using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Directory;
using Portal.Hosting;
using Portal.Pages.Shared;

namespace Portal.Pages.FindSupport;

/// <summary>
/// Find support: a GET form, so a search works without JavaScript and its results can be shared as a link.
/// With neither <c>search</c> nor <c>postcode</c> in the address it is the start page; with either, the
/// results: services in the Directory's order, or, near a postcode, the places they are delivered at,
/// nearest first.
/// </summary>
public sealed class IndexModel(DirectoryClient directory) : PageModel
{
    public const string SearchField = "search";
    public const string PostcodeField = "postcode";
    private const string PageField = "page";
    private const int ResultsPerPage = 10;

    /// <summary>The Directory's own limit on <c>search</c>.</summary>
    private const int MaxSearchLength = 200;

    /// <summary>About 3 miles: a short bus ride. Services further away are still found without a postcode.</summary>
    private const int NearbyInMetres = 5_000;

    public string? Search { get; private set; }

    /// <summary>The postcode box as it was typed, to show back.</summary>
    public string? PostcodeTyped { get; private set; }

    /// <summary>The postcode the results are near; null for a search without one.</summary>
    public Postcode? Postcode { get; private set; }

    public string? SearchError { get; private set; }

    public string? PostcodeError { get; private set; }

    public bool HasErrors => SearchError is not null || PostcodeError is not null;

    public int TotalResults { get; private set; }

    public IReadOnlyList<ServiceSummary> Results { get; private set; } = [];

    public Pagination? Pagination { get; private set; }

    /// <summary>A search was asked for and run: the page shows its results, or says it found nothing.</summary>
    public bool SearchWasRun { get; private set; }

    /// <summary>"12 places found near E6 2RT for 'walking'", "3 services found for 'walking'", "No places found near E6 2RT".</summary>
    public string ResultsHeading
    {
        get
        {
            var count = TotalResults == 0 ? "No" : TotalResults.ToString(CultureInfo.InvariantCulture);
            var noun = (Postcode is null ? "service" : "place") + (TotalResults == 1 ? "" : "s");
            var near = Postcode is null ? "" : $" near {Postcode}";
            var forSearch = Search is { Length: > 0 } ? $" for '{Search}'" : "";
            return $"{count} {noun} found{near}{forSearch}";
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey(SearchField) && !Request.Query.ContainsKey(PostcodeField))
        {
            return Page();
        }

        Search = Request.Query[SearchField].ToString().Trim();
        PostcodeTyped = Request.Query[PostcodeField].ToString().Trim();
        SearchError = (Search.Length, PostcodeTyped.Length) switch
        {
            (0, 0) => "Enter what you are looking for or a postcode",
            (> MaxSearchLength, _) => $"What you are looking for must be {MaxSearchLength} characters or fewer",
            _ => null,
        };
        if (PostcodeTyped.Length > 0)
        {
            Postcode = Postcode.TryParse(PostcodeTyped, out var postcode) ? postcode : null;
            PostcodeError = Postcode is null ? "Enter a real postcode, like E6 2RT" : null;
        }

        if (HasErrors)
        {
            return Page();
        }

        // The page number only ever comes from our own links: one that is not a page number is a broken link.
        if (!TryReadPageNumber(out var pageNumber))
        {
            return BadRequest();
        }

        int totalPages;
        if (Postcode is null)
        {
            var services = await directory.SearchServicesAsync(Search, pageNumber, ResultsPerPage, cancellationToken);
            TotalResults = services.TotalItems;
            totalPages = services.TotalPages;
            Results = services.Contents.Select(ServiceSummary.From).ToList();
        }
        else
        {
            var places = await directory.SearchNearAsync(
                Search.Length == 0 ? null : Search, Postcode.Text, NearbyInMetres, pageNumber, ResultsPerPage, cancellationToken);
            if (places is null)
            {
                PostcodeError = "We could not find that postcode. Check it and try again.";
                return Page();
            }

            TotalResults = places.TotalItems;
            totalPages = places.TotalPages;
            Results = places.Contents.Select(ServiceSummary.From).ToList();
        }

        if (pageNumber > 1 && pageNumber > totalPages)
        {
            return NotFound();
        }

        SearchWasRun = true;
        Pagination = Pagination.For(pageNumber, totalPages, ResultsHref);
        return Page();
    }

    private bool TryReadPageNumber(out int pageNumber)
    {
        var value = Request.Query[PageField].ToString();
        if (value.Length == 0)
        {
            pageNumber = 1;
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) && pageNumber >= 1;
    }

    private string ResultsHref(int pageNumber)
    {
        var query = new Dictionary<string, string?>();
        if (Search is { Length: > 0 })
        {
            query[SearchField] = Search;
        }

        if (Postcode is not null)
        {
            query[PostcodeField] = Postcode.Text;
        }

        if (pageNumber > 1)
        {
            query[PageField] = pageNumber.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(Url.Page(PortalPages.FindSupportPage)!, query);
    }
}
