namespace Directory.Api.Model;

public sealed class TaxonomyTerm
{
    public Guid Id { get; set; }
    public Guid TaxonomyId { get; set; }
    public Taxonomy Taxonomy { get; set; } = null!;

    /// <summary>The machine code of the term (ORUK <c>term</c>), stable across label changes.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public required string Description { get; set; }
    public Guid? ParentId { get; set; }
    public string? TermUri { get; set; }
}
