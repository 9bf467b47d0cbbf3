namespace Portal.Pages.Shared;

/// <summary>
/// The NHS numbered pagination: previous and next, the first and last pages, and the pages either
/// side of the current one, with an ellipsis for each gap.
/// </summary>
public sealed record Pagination(string? PreviousHref, string? NextHref, IReadOnlyList<PaginationItem> Items)
{
    /// <summary>Null when everything fits on one page.</summary>
    public static Pagination? For(int currentPage, int totalPages, Func<int, string> hrefForPage)
    {
        if (totalPages <= 1)
        {
            return null;
        }

        var shown = new SortedSet<int> { 1, totalPages };
        for (var page = currentPage - 1; page <= currentPage + 1; page++)
        {
            if (page >= 1 && page <= totalPages)
            {
                shown.Add(page);
            }
        }

        var items = new List<PaginationItem>();
        var previous = 0;
        foreach (var page in shown)
        {
            // A gap of one page shows that page: an ellipsis would take as much room and say less.
            if (page - previous == 2)
            {
                items.Add(new PaginationItem(page - 1, hrefForPage(page - 1), IsCurrent: false));
            }
            else if (page - previous > 2)
            {
                items.Add(PaginationItem.Ellipsis);
            }

            items.Add(new PaginationItem(page, hrefForPage(page), page == currentPage));
            previous = page;
        }

        return new Pagination(
            currentPage > 1 ? hrefForPage(currentPage - 1) : null,
            currentPage < totalPages ? hrefForPage(currentPage + 1) : null,
            items);
    }
}

/// <summary>A numbered link, or (with no number) an ellipsis standing for the pages left out.</summary>
public sealed record PaginationItem(int? Number, string? Href, bool IsCurrent)
{
    public static readonly PaginationItem Ellipsis = new(null, null, false);
}
