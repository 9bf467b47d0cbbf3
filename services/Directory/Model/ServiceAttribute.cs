namespace Directory.Api.Model;

/// <summary>An ORUK attribute: tags a service with a taxonomy term (its routes, channels, needs, priorities).</summary>
public sealed class ServiceAttribute : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid ServiceId { get; set; }
    public Guid TaxonomyTermId { get; set; }
    public TaxonomyTerm TaxonomyTerm { get; set; } = null!;

    /// <summary>What the term says about the service (ORUK <c>link_type</c>), as the publisher coded it.</summary>
    public string? LinkType { get; set; }
}
