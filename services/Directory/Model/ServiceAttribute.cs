namespace Directory.Api.Model;

/// <summary>An ORUK attribute: tags a service with a taxonomy term (its routes, channels, needs, priorities).</summary>
public sealed class ServiceAttribute
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public Guid TaxonomyTermId { get; set; }
    public TaxonomyTerm TaxonomyTerm { get; set; } = null!;
}
