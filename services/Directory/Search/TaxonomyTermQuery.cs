using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search;

/// <summary>The <c>/taxonomy_terms</c> query string, parsed and checked.</summary>
public sealed record TaxonomyTermQuery
{
    public string? Text { get; init; }
    public Guid? TaxonomyId { get; init; }
    public Guid? ParentId { get; init; }

    /// <summary>Only terms at the top of their hierarchy, that is with no parent.</summary>
    public bool TopOnly { get; init; }

    public required PageRequest Page { get; init; }

    public static bool TryParse(IQueryCollection query, out TaxonomyTermQuery parsed, out Dictionary<string, string[]> errors)
    {
        var reader = new QueryReader(query);
        reader.JsonFormat();
        parsed = new TaxonomyTermQuery
        {
            Text = reader.Text("search", maxLength: 200),
            TaxonomyId = reader.Guid("taxonomy_id"),
            ParentId = reader.Guid("parent_id"),
            TopOnly = reader.Boolean("top_only"),
            Page = reader.Page(),
        };
        errors = reader.Errors;
        return reader.IsValid;
    }
}
