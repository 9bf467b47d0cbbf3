namespace Directory.Api.OpenReferral.Documents;

/// <summary>The ORUK paging envelope every list endpoint answers with.</summary>
public sealed record PageDocument<T>
{
    public required int TotalItems { get; init; }
    public required int TotalPages { get; init; }
    public required int PageNumber { get; init; }
    public required int Size { get; init; }
    public required bool FirstPage { get; init; }
    public required bool LastPage { get; init; }
    public required bool Empty { get; init; }
    public required IReadOnlyList<T> Contents { get; init; }

    /// <summary>Our extension, on <c>/services</c> with <c>facets=true</c> only: counts over every result, not just this page.</summary>
    public SearchFacetsDocument? Facets { get; init; }

    public static PageDocument<T> Of(IReadOnlyList<T> contents, int totalItems, PageRequest page)
    {
        var totalPages = totalItems == 0 ? 0 : (int)Math.Ceiling(totalItems / (double)page.PerPage);
        return new PageDocument<T>
        {
            TotalItems = totalItems,
            TotalPages = totalPages,
            PageNumber = page.Page,
            Size = contents.Count,
            FirstPage = page.Page == 1,
            LastPage = page.Page >= totalPages,
            Empty = contents.Count == 0,
            Contents = contents,
        };
    }
}
