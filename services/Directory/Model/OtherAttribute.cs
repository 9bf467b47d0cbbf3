namespace Directory.Api.Model;

/// <summary>
/// An ORUK attribute on anything but a service: tags an organisation, one of its identifiers, a
/// location, an address, an accessibility arrangement or a contact with a taxonomy term. HSDS keeps
/// these apart from service attributes (its <c>other_attributes</c>); exactly one owner id is set,
/// so each owner keeps a real foreign key.
/// </summary>
public sealed class OtherAttribute : IListedInOrder
{
    public Guid Id { get; set; }
    public int Position { get; set; }
    public Guid TaxonomyTermId { get; set; }
    public TaxonomyTerm TaxonomyTerm { get; set; } = null!;

    /// <summary>What the term says about its owner (ORUK <c>link_type</c>), as the publisher coded it.</summary>
    public string? LinkType { get; set; }

    public Guid? OrganizationId { get; set; }
    public Guid? OrganizationIdentifierId { get; set; }
    public Guid? LocationId { get; set; }
    public Guid? AddressId { get; set; }
    public Guid? AccessibilityId { get; set; }
    public Guid? ContactId { get; set; }
}
