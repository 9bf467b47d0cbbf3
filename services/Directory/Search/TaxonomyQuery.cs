using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search;

/// <summary>The <c>/taxonomies</c> query string, parsed and checked.</summary>
public sealed record TaxonomyQuery
{
    public string? Text { get; init; }
    public required PageRequest Page { get; init; }

    public static bool TryParse(IQueryCollection query, out TaxonomyQuery parsed, out Dictionary<string, string[]> errors)
    {
        var reader = new QueryReader(query);
        reader.JsonFormat();
        parsed = new TaxonomyQuery { Text = reader.Text("search", maxLength: 200), Page = reader.Page() };
        errors = reader.Errors;
        return reader.IsValid;
    }
}
