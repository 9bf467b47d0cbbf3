using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;

namespace Directory.Api.OpenReferral;

/// <summary>Turns organisations into ORUK 3.0 documents: their own fields for lists, nested for records.</summary>
public static class OrganizationDocumentMapper
{
    /// <summary>The organisation's one-to-one fields, as the organisation and service lists carry it.</summary>
    public static OrganizationDocument ToListItem(this Organization organization) => new()
    {
        Id = organization.Id,
        Name = organization.Name,
        Description = organization.Description,
        Email = organization.Email,
        Website = organization.Website,
        Logo = organization.Logo,
        Uri = organization.Uri,
        ParentOrganizationId = organization.ParentOrganizationId,
        Provenance = organization.Provenance?.ToDocument(),
    };

    /// <summary>The organisation with its identifiers and attributes (its services are added by the caller).</summary>
    public static OrganizationDocument ToDocument(this Organization organization) => organization.ToListItem() with
    {
        OrganizationIdentifiers = organization.OrganizationIdentifiers.InListedOrder()
            .Select(identifier => new OrganizationIdentifierDocument
            {
                Id = identifier.Id,
                OrganizationId = identifier.OrganizationId,
                IdentifierScheme = identifier.IdentifierScheme,
                IdentifierType = identifier.IdentifierType,
                Identifier = identifier.Identifier,
                Attributes = identifier.Attributes.ToDocuments(),
            }).ToList(),
        Attributes = organization.Attributes.ToDocuments(),
    };

    /// <summary>
    /// The organisation as much nested as asked: with <see cref="OrganizationDetail.Full"/> its services
    /// carry their own fields, as the organisation record describes; with
    /// <see cref="OrganizationDetail.FullWithFullServices"/> they are fully nested, as in the ORUK
    /// organisation package. Either way a nested service leaves out the organisation it sits in.
    /// </summary>
    public static OrganizationDocument ToDocument(this Organization organization, OrganizationDetail detail) => detail switch
    {
        OrganizationDetail.ListItem => organization.ToListItem(),
        _ => organization.ToDocument() with
        {
            Services = organization.Services
                .OrderBy(service => service.Name, StringComparer.Ordinal).ThenBy(service => service.Id)
                .Select(service => (detail == OrganizationDetail.Full ? service.ToListItem() : service.ToDocument()) with { Organization = null })
                .ToList(),
        },
    };
}
