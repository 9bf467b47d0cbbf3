namespace Directory.Api.Model;

/// <summary>A vocabulary of terms; ours (names starting <c>ncp-</c>) carry what ORUK has no field for.</summary>
public sealed class Taxonomy
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public string? Uri { get; set; }
    public string? Version { get; set; }
    public List<TaxonomyTerm> Terms { get; set; } = [];
}
