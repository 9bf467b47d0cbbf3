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

    public ServiceFilter Filter { get; init; } = new();
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
        parsed = new ServiceQuery
        {
            Filter = ServiceFilter.Read(reader),
            Detail = minimal ? ServiceDetail.Minimal : full ? ServiceDetail.Full : ServiceDetail.ListItem,
            Page = minimal ? reader.Page(MaxMinimalPerPage, MaxMinimalPerPage) : reader.Page(),
        };
        errors = reader.Errors;
        return reader.IsValid;
    }
}
