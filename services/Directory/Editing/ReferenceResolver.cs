using Directory.Api.Data;
using Directory.Api.Model;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// Fills in what a service document refers to but does not own, from the directory: its organisation,
/// the locations it names by id only, and the taxonomy terms its attributes apply. A reference to
/// something the directory does not have is an error naming the field. So the document that is saved,
/// compared and recorded is the one the feed will show.
/// </summary>
public sealed class ReferenceResolver(DirectoryDbContext db)
{
    /// <summary>
    /// For an editor: the organisation and terms are always the directory's (a service edit does not
    /// rename its organisation or redefine a term), and every reference must exist.
    /// </summary>
    public Task<ServiceDocument> ResolveForEditorAsync(ServiceDocument document, ValidationErrors errors, CancellationToken cancellationToken) =>
        ResolveAsync(document, feed: null, feedTerms: null, errors, cancellationToken);

    /// <summary>
    /// For an import from <paramref name="feed"/>: the feed describes its own organisations and may bring
    /// terms the directory lacks (nested, or among <paramref name="feedTerms"/>). An organisation kept here
    /// or imported from another feed, and any term the directory already has, stay as they are.
    /// </summary>
    public Task<ServiceDocument> ResolveForImportAsync(
        ServiceDocument document, string feed, IReadOnlyDictionary<Guid, TaxonomyTermDocument> feedTerms, ValidationErrors errors, CancellationToken cancellationToken) =>
        ResolveAsync(document, feed, feedTerms, errors, cancellationToken);

    private async Task<ServiceDocument> ResolveAsync(
        ServiceDocument document, string? feed, IReadOnlyDictionary<Guid, TaxonomyTermDocument>? feedTerms, ValidationErrors errors, CancellationToken cancellationToken)
    {
        document = await ResolveOrganizationAsync(document, feed, errors, cancellationToken);
        document = await ResolveLocationsAsync(document, errors, cancellationToken);
        return await ResolveTermsAsync(document, feed is not null, feedTerms, errors, cancellationToken);
    }

    private async Task<ServiceDocument> ResolveOrganizationAsync(ServiceDocument document, string? feed, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if ((document.OrganizationId ?? document.Organization?.Id) is not { } organizationId || organizationId == Guid.Empty)
        {
            return document;
        }

        var stored = await db.Organizations.AsNoTracking().IncludePaths(RecordIncludes.OrganizationPaths)
            .FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        var keepStored = stored is not null && (feed is null || stored.Provenance?.SourceFeed != feed || document.Organization is null);
        if (keepStored)
        {
            return document with { OrganizationId = organizationId, Organization = stored!.ToDocument() };
        }

        if (feed is null || document.Organization is null)
        {
            errors.Add("organization_id", feed is null
                ? $"Organisation {organizationId} is not in the directory."
                : $"The feed names organisation {organizationId} without describing it, and the directory does not have it.");
        }

        return document with { OrganizationId = organizationId };
    }

    private async Task<ServiceDocument> ResolveLocationsAsync(ServiceDocument document, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var named = (document.ServiceAtLocations ?? [])
            .Where(sal => sal.Location is null && sal.LocationId is not null)
            .Select(sal => sal.LocationId!.Value)
            .ToList();
        if (named.Count == 0)
        {
            return document;
        }

        var stored = await db.Locations.AsNoTracking().IncludePaths(RecordIncludes.LocationPaths)
            .Where(l => named.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        var links = document.ServiceAtLocations!.Select((sal, i) =>
        {
            if (sal.Location is not null || sal.LocationId is not { } locationId)
            {
                return sal;
            }

            if (stored.TryGetValue(locationId, out var location))
            {
                return sal with { Location = location.ToDocument() };
            }

            errors.Add(FieldPath.Of(FieldPath.Item("", "service_at_locations", i), "location_id"), $"Location {locationId} is not in the directory; describe it in 'location' to add it.");
            return sal;
        }).ToList();
        return document with { ServiceAtLocations = links };
    }

    private async Task<ServiceDocument> ResolveTermsAsync(
        ServiceDocument document, bool fromFeed, IReadOnlyDictionary<Guid, TaxonomyTermDocument>? feedTerms, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var termIds = AttributeTree.All(document)
            .Select(attribute => attribute.TaxonomyTerm?.Id ?? attribute.TaxonomyTermId)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var stored = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy)
            .Where(t => termIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.ToDocument(), cancellationToken);

        return AttributeTree.Map(document, (attribute, path) =>
        {
            if ((attribute.TaxonomyTerm?.Id ?? attribute.TaxonomyTermId) is not { } termId)
            {
                return attribute;
            }

            if (stored.TryGetValue(termId, out var term) || (fromFeed && feedTerms?.TryGetValue(termId, out term) == true))
            {
                return attribute with { TaxonomyTermId = termId, TaxonomyTerm = term };
            }

            if (fromFeed && attribute.TaxonomyTerm is { TaxonomyId: not null })
            {
                return attribute with { TaxonomyTermId = termId };
            }

            errors.Add(FieldPath.Of(path, "taxonomy_term_id"), fromFeed
                ? $"Taxonomy term {termId} is neither in the directory nor described by the feed (with its taxonomy_id)."
                : $"Taxonomy term {termId} is not in the directory: use one listed at /api/directory/taxonomy_terms.");
            return attribute;
        });
    }
}
