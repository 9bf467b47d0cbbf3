using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Editing;

/// <summary>Every attribute in a service document, wherever it hangs, with its path: to read them all, or to rewrite each.</summary>
public static class AttributeTree
{
    public static IEnumerable<AttributeDocument> All(ServiceDocument document)
    {
        var found = new List<AttributeDocument>();
        Map(document, (attribute, _) =>
        {
            found.Add(attribute);
            return attribute;
        });
        return found;
    }

    public static ServiceDocument Map(ServiceDocument document, Func<AttributeDocument, string, AttributeDocument> map) => document with
    {
        Attributes = Each(document.Attributes, "", map),
        Contacts = document.Contacts?.Select((contact, i) => contact with
        {
            Attributes = Each(contact.Attributes, FieldPath.Item("", "contacts", i), map),
        }).ToList(),
        ServiceAtLocations = document.ServiceAtLocations?.Select((sal, i) => sal.Location is not { } location ? sal : sal with
        {
            Location = MapLocation(location, FieldPath.Of(FieldPath.Item("", "service_at_locations", i), "location"), map),
        }).ToList(),
        Organization = document.Organization is not { } organization ? null : organization with
        {
            Attributes = Each(organization.Attributes, "organization", map),
            OrganizationIdentifiers = organization.OrganizationIdentifiers?.Select((identifier, i) => identifier with
            {
                Attributes = Each(identifier.Attributes, FieldPath.Item("organization", "organization_identifiers", i), map),
            }).ToList(),
        },
    };

    private static LocationDocument MapLocation(LocationDocument location, string path, Func<AttributeDocument, string, AttributeDocument> map) => location with
    {
        Attributes = Each(location.Attributes, path, map),
        Addresses = location.Addresses?.Select((address, i) => address with
        {
            Attributes = Each(address.Attributes, FieldPath.Item(path, "addresses", i), map),
        }).ToList(),
        Accessibility = location.Accessibility?.Select((access, i) => access with
        {
            Attributes = Each(access.Attributes, FieldPath.Item(path, "accessibility", i), map),
        }).ToList(),
    };

    private static List<AttributeDocument>? Each(IReadOnlyList<AttributeDocument>? attributes, string ownerPath, Func<AttributeDocument, string, AttributeDocument> map) =>
        attributes?.Select((attribute, i) => map(attribute, FieldPath.Item(ownerPath, "attributes", i))).ToList();
}
