using Portal.Pages.Shared;

namespace Portal.Tests;

public sealed class PaginationTests
{
    [Fact]
    public void One_page_of_results_needs_no_pagination()
    {
        Assert.Null(Pagination.For(1, 1, Href));
    }

    [Fact]
    public void The_first_page_links_to_the_next_and_the_last_but_not_back()
    {
        var pagination = Pagination.For(1, 5, Href)!;

        Assert.Null(pagination.PreviousHref);
        Assert.Equal("?page=2", pagination.NextHref);
        Assert.Equal("[1] 2 … 5", Describe(pagination));
    }

    [Fact]
    public void A_middle_page_shows_its_neighbours_the_ends_and_an_ellipsis_for_each_gap()
    {
        var pagination = Pagination.For(10, 40, Href)!;

        Assert.Equal("?page=9", pagination.PreviousHref);
        Assert.Equal("?page=11", pagination.NextHref);
        Assert.Equal("1 … 9 [10] 11 … 40", Describe(pagination));
    }

    [Fact]
    public void A_gap_of_a_single_page_shows_that_page_instead_of_an_ellipsis()
    {
        Assert.Equal("1 2 [3] 4", Describe(Pagination.For(3, 4, Href)!));
    }

    private static string Href(int page) => $"?page={page}";

    /// <summary>The items as a person reads them, with the current page in brackets.</summary>
    private static string Describe(Pagination pagination) =>
        string.Join(' ', pagination.Items.Select(item => item switch
        {
            { Number: null } => "…",
            { IsCurrent: true } => $"[{item.Number}]",
            _ => $"{item.Number}",
        }));
}
