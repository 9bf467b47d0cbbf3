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
/// With no <c>search</c> in the address it is the start page; with one, the results.
/// </summary>
public sealed class IndexModel(DirectoryClient directory) : PageModel
{
    public const string SearchField = "search";
    private const string PageField = "page";
    private const int ResultsPerPage = 10;

    /// <summary>The Directory's own limit on <c>search</c>.</summary>
    private const int MaxSearchLength = 200;

    public string? Search { get; private set; }

    public string? SearchError { get; private set; }

    public int TotalServices { get; private set; }

    public IReadOnlyList<ServiceSummary> Services { get; private set; } = [];

    public Pagination? Pagination { get; private set; }

    /// <summary>A search was asked for and run: the page shows its results, or says it found nothing.</summary>
    public bool SearchWasRun => Search is not null && SearchError is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.TryGetValue(SearchField, out var searchValues))
        {
            return Page();
        }

        Search = searchValues.ToString().Trim();
        SearchError = Search.Length switch
        {
            0 => "Enter what you are looking for",
            > MaxSearchLength => $"What you are looking for must be {MaxSearchLength} characters or fewer",
            _ => null,
        };
        if (SearchError is not null)
        {
            return Page();
        }

        // The page number only ever comes from our own links: one that is not a page number is a broken link.
        if (!TryReadPageNumber(out var pageNumber))
        {
            return BadRequest();
        }

        var results = await directory.SearchServicesAsync(Search, pageNumber, ResultsPerPage, cancellationToken);
        if (pageNumber > 1 && pageNumber > results.TotalPages)
        {
            return NotFound();
        }

        TotalServices = results.TotalItems;
        Services = results.Contents.Select(ServiceSummary.From).ToList();
        Pagination = Pagination.For(pageNumber, results.TotalPages, ResultsHref);
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
        var query = new Dictionary<string, string?> { [SearchField] = Search };
        if (pageNumber > 1)
        {
            query[PageField] = pageNumber.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(Url.Page(PortalPages.FindSupportPage)!, query);
    }
}
