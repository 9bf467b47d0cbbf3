using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search;

/// <summary>The <c>/services</c> query string, parsed and checked: every problem is reported by parameter name.</summary>
public sealed record ServiceQuery
{
    /// <summary>
    /// ORUK asks that a <c>minimal</c> list come in one call where it can; its rows are a few dozen
    /// bytes, so a page may hold this many.
    /// </summary>
    public const int MaxMinimalPerPage = 10_000;

    private static readonly string[] SortNames = ["relevance", "distance", "name"];

    public ServiceFilter Filter { get; init; } = new();
    public SearchFilters Search { get; init; } = new();
    public ServiceSort Sort { get; init; }

    /// <summary>Whether the page carries counts of the whole result set by term, channel and borough (<c>facets=true</c>).</summary>
    public bool Facets { get; init; }

    public ServiceDetail Detail { get; init; } = ServiceDetail.ListItem;
    public required PageRequest Page { get; init; }

    public static bool TryParse(IQueryCollection query, out ServiceQuery parsed, out Dictionary<string, string[]> errors)
    {
        var reader = new QueryReader(query);
        var minimal = reader.Boolean("minimal");
        var full = reader.Boolean("full");
        if (minimal && full)
        {
            reader.Reject("minimal", "'minimal' and 'full' ask for opposite shapes: send at most one of them as true.");
        }

        reader.JsonFormat();
        var filter = ServiceFilter.Read(reader);
        var search = SearchFilters.Read(reader);
        var sort = reader.Choice("sort", SortNames) switch
        {
            "relevance" => ServiceSort.Relevance,
            "distance" => ServiceSort.Distance,
            "name" => ServiceSort.Name,
            _ => filter.Text is null ? ServiceSort.Name : ServiceSort.Relevance,
        };
        if (sort == ServiceSort.Distance && !reader.Has("postcode"))
        {
            reader.Reject("sort", "'sort=distance' orders by the distance from a postcode: send 'postcode' with it.");
        }

        parsed = new ServiceQuery
        {
            Filter = filter,
            Search = search,
            Sort = sort,
            Facets = reader.Boolean("facets"),
            Detail = minimal ? ServiceDetail.Minimal : full ? ServiceDetail.Full : ServiceDetail.ListItem,
            Page = minimal ? reader.Page(MaxMinimalPerPage, MaxMinimalPerPage) : reader.Page(),
        };
        errors = reader.Errors;
        return reader.IsValid;
    }
}
