using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.OpenReferral;

/// <summary>Turns taxonomies, their terms and the attributes that apply them into ORUK 3.0 documents.</summary>
public static class TaxonomyDocumentMapper
{
    /// <summary>A taxonomy; with its terms when they were loaded (the list and the record both carry them).</summary>
    public static TaxonomyDocument ToDocument(this Taxonomy taxonomy) => new()
    {
        Id = taxonomy.Id,
        Name = taxonomy.Name,
        Description = taxonomy.Description,
        Uri = taxonomy.Uri,
        Version = taxonomy.Version,
        TaxonomyTerms = taxonomy.Terms.OrderBy(term => term.Name, StringComparer.Ordinal).ThenBy(term => term.Id)
            .Select(term => term.ToDocument(taxonomy.Name)).ToList(),
    };

    /// <summary>A term, naming its taxonomy when that was loaded with it.</summary>
    public static TaxonomyTermDocument ToDocument(this TaxonomyTerm term) => term.ToDocument(term.Taxonomy?.Name);

    public static AttributeDocument ToDocument(this ServiceAttribute attribute) => new()
    {
        Id = attribute.Id,
        LinkId = attribute.ServiceId,
        LinkType = attribute.LinkType ?? "service",
        TaxonomyTermId = attribute.TaxonomyTermId,
        TaxonomyTerm = attribute.TaxonomyTerm?.ToDocument(),
    };

    public static IReadOnlyList<AttributeDocument> ToDocuments(this IEnumerable<OtherAttribute> attributes) =>
        attributes.InListedOrder().Select(ToDocument).ToList();

    private static AttributeDocument ToDocument(OtherAttribute attribute)
    {
        var (linkId, entity) = attribute switch
        {
            { OrganizationId: { } id } => (id, "organization"),
            { OrganizationIdentifierId: { } id } => (id, "organization_identifier"),
            { LocationId: { } id } => (id, "location"),
            { AddressId: { } id } => (id, "address"),
            { AccessibilityId: { } id } => (id, "accessibility"),
            { ContactId: { } id } => (id, "contact"),
            _ => throw new InvalidDataException($"Attribute {attribute.Id} has no owner."),
        };
        return new AttributeDocument
        {
            Id = attribute.Id,
            LinkId = linkId,
            LinkType = attribute.LinkType ?? entity,
            TaxonomyTermId = attribute.TaxonomyTermId,
            TaxonomyTerm = attribute.TaxonomyTerm?.ToDocument(),
        };
    }

    private static TaxonomyTermDocument ToDocument(this TaxonomyTerm term, string? taxonomyName) => new()
    {
        Id = term.Id,
        Name = term.Name,
        Description = term.Description,
        ParentId = term.ParentId,
        Taxonomy = taxonomyName,
        TaxonomyId = term.TaxonomyId,
        TermUri = term.TermUri,
        Term = term.Code,
    };
}
