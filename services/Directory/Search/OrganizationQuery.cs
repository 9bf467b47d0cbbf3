using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search;

/// <summary>The <c>/organizations</c> query string, parsed and checked.</summary>
public sealed record OrganizationQuery
{
    public string? Text { get; init; }
    public OrganizationDetail Detail { get; init; } = OrganizationDetail.ListItem;
    public required PageRequest Page { get; init; }

    public static bool TryParse(IQueryCollection query, out OrganizationQuery parsed, out Dictionary<string, string[]> errors)
    {
        var reader = new QueryReader(query);
        reader.JsonFormat();
        var full = reader.Boolean("full");
        parsed = new OrganizationQuery
        {
            Text = reader.Text("search", maxLength: 200),
            Detail = OrganizationDetailOf(full, reader.Boolean("full_service")),
            Page = reader.Page(),
        };
        errors = reader.Errors;
        return reader.IsValid;
    }

    /// <summary><c>full_service</c> asks for full services inside the organisation, so it nests the organisation too.</summary>
    public static OrganizationDetail OrganizationDetailOf(bool full, bool fullService) =>
        fullService ? OrganizationDetail.FullWithFullServices : full ? OrganizationDetail.Full : OrganizationDetail.ListItem;
}
