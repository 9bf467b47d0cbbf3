using System.Text.Json.Nodes;
using Directory.Api.OpenReferral.Documents;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// The ids of the records in a service document: given to new records the editor left without one,
/// required to be real UUIDs, and used once each.
/// </summary>
public static class RecordIds
{
    /// <summary>The JSON properties whose items are records with ids of their own.</summary>
    private static readonly HashSet<string> RecordCollections =
    [
        "schedules", "service_areas", "service_at_locations", "languages", "funding", "cost_options", "contacts",
        "phones", "attributes", "addresses", "accessibility",
    ];

    /// <summary>
    /// Gives each record nested in <paramref name="record"/> that has no <c>id</c> one made from the
    /// service's id and the record's place in the document, so a retried request makes the same ids
    /// and a retried create is recognised as the same. The organisation and taxonomy terms are
    /// references, never created here, and are left alone.
    /// </summary>
    public static void FillMissing(JsonObject record, Guid serviceId, string path = "")
    {
        foreach (var (name, value) in record.ToList())
        {
            if (name == "location" && value is JsonObject location)
            {
                FillIn(location, serviceId, FieldPath.Of(path, name));
            }
            else if (RecordCollections.Contains(name) && value is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonObject item)
                    {
                        FillIn(item, serviceId, FieldPath.Item(path, name, i));
                    }
                }
            }
        }
    }

    public static void RequireId(Guid id, string path, ValidationErrors errors)
    {
        if (id == Guid.Empty)
        {
            errors.Add(FieldPath.Of(path, "id"), "id is a UUID, and not the nil UUID.");
        }
    }

    /// <summary>Two records of one document with one id would overwrite each other: each id is used once.</summary>
    public static void CheckEachUsedOnce(ServiceDocument service, ValidationErrors errors)
    {
        var firstUse = new Dictionary<Guid, string>();
        foreach (var (id, path) in Of(service))
        {
            if (id == Guid.Empty)
            {
                continue;
            }

            if (!firstUse.TryAdd(id, path))
            {
                errors.Add(FieldPath.Of(path, "id"), $"{id} is already the id of {firstUse[id]}; each record needs its own.");
            }
        }
    }

    /// <summary>Every record in the document with its path: the service, what it nests, and its organisation's records.</summary>
    public static IEnumerable<(Guid Id, string Path)> Of(ServiceDocument service)
    {
        yield return (service.Id, "service");
        foreach (var record in Items(service.Schedules, "schedules", s => s.Id)
            .Concat(Items(service.ServiceAreas, "service_areas", a => a.Id))
            .Concat(Items(service.Languages, "languages", l => l.Id))
            .Concat(Items(service.Funding, "funding", f => f.Id))
            .Concat(Items(service.CostOptions, "cost_options", c => c.Id))
            .Concat(Attributes(service.Attributes, "")))
        {
            yield return record;
        }

        for (var i = 0; i < (service.ServiceAtLocations?.Count ?? 0); i++)
        {
            var sal = service.ServiceAtLocations![i];
            var path = FieldPath.Item("", "service_at_locations", i);
            yield return (sal.Id, path);
            if (sal.Location is { } location)
            {
                foreach (var record in OfLocation(location, FieldPath.Of(path, "location")))
                {
                    yield return record;
                }
            }
        }

        for (var i = 0; i < (service.Contacts?.Count ?? 0); i++)
        {
            var contact = service.Contacts![i];
            var path = FieldPath.Item("", "contacts", i);
            yield return (contact.Id, path);
            foreach (var record in Attributes(contact.Attributes, path))
            {
                yield return record;
            }

            for (var j = 0; j < (contact.Phones?.Count ?? 0); j++)
            {
                var phone = contact.Phones![j];
                var phonePath = FieldPath.Item(path, "phones", j);
                yield return (phone.Id, phonePath);
                foreach (var record in Items(phone.Languages, FieldPath.Of(phonePath, "languages"), l => l.Id))
                {
                    yield return record;
                }
            }
        }

        if (service.Organization is { } organization)
        {
            yield return (organization.Id, "organization");
            foreach (var record in Attributes(organization.Attributes, "organization"))
            {
                yield return record;
            }

            for (var i = 0; i < (organization.OrganizationIdentifiers?.Count ?? 0); i++)
            {
                var identifier = organization.OrganizationIdentifiers![i];
                var path = FieldPath.Item("organization", "organization_identifiers", i);
                yield return (identifier.Id, path);
                foreach (var record in Attributes(identifier.Attributes, path))
                {
                    yield return record;
                }
            }
        }
    }

    private static IEnumerable<(Guid Id, string Path)> OfLocation(LocationDocument location, string path)
    {
        yield return (location.Id, path);
        foreach (var record in Attributes(location.Attributes, path))
        {
            yield return record;
        }

        for (var i = 0; i < (location.Addresses?.Count ?? 0); i++)
        {
            var address = location.Addresses![i];
            var addressPath = FieldPath.Item(path, "addresses", i);
            yield return (address.Id, addressPath);
            foreach (var record in Attributes(address.Attributes, addressPath))
            {
                yield return record;
            }
        }

        for (var i = 0; i < (location.Accessibility?.Count ?? 0); i++)
        {
            var access = location.Accessibility![i];
            var accessPath = FieldPath.Item(path, "accessibility", i);
            yield return (access.Id, accessPath);
            foreach (var record in Attributes(access.Attributes, accessPath))
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<(Guid Id, string Path)> Attributes(IReadOnlyList<AttributeDocument>? attributes, string ownerPath) =>
        Items(attributes, FieldPath.Of(ownerPath, "attributes"), a => a.Id);

    private static IEnumerable<(Guid Id, string Path)> Items<T>(IReadOnlyList<T>? items, string collectionPath, Func<T, Guid> id) =>
        (items ?? []).Select((item, i) => (id(item), $"{collectionPath}[{i}]"));

    private static void FillIn(JsonObject record, Guid serviceId, string path)
    {
        if (record["id"] is null)
        {
            record["id"] = NameBasedUuid.Create(serviceId, path).ToString();
        }

        FillMissing(record, serviceId, path);
    }
}
