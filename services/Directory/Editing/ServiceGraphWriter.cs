using Directory.Api.Data;
using Directory.Api.Model;
using Directory.Api.OpenReferral;
using Directory.Api.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Directory.Api.Editing;

/// <summary>
/// Writes a service's rows, as <see cref="ServiceDocumentReader"/> makes them from its document, over
/// what is stored, inside the caller's transaction. The service's own collections are replaced whole
/// (deleted, then inserted with their ids), which is what "the document is now this" means and needs no
/// row-by-row matching. Shared records are written only when they differ: an organisation or location
/// is replaced the same way, a taxonomy or term the directory already has is never touched.
/// </summary>
public sealed class ServiceGraphWriter(DirectoryDbContext db)
{
    public async Task<GraphPlan> PlanAsync(Service incoming, CancellationToken cancellationToken)
    {
        var organization = incoming.Organization;
        var storedOrganization = await db.Organizations.AsNoTracking().IncludePaths(RecordIncludes.OrganizationPaths)
            .FirstOrDefaultAsync(o => o.Id == organization.Id, cancellationToken);
        var organizationState = StateOf(storedOrganization?.ToDocument(), organization.ToDocument());

        var locations = incoming.ServiceAtLocations.Select(sal => sal.Location).DistinctBy(l => l.Id).ToList();
        var locationIds = locations.Select(l => l.Id).ToList();
        var storedLocations = await db.Locations.AsNoTracking().IncludePaths(RecordIncludes.LocationPaths)
            .Where(l => locationIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        var locationStates = locations.ToDictionary(
            l => l.Id,
            l => StateOf(storedLocations.GetValueOrDefault(l.Id)?.ToDocument(), l.ToDocument()));

        var terms = TermsOf(incoming).ToList();
        var termIds = terms.Select(t => t.Id).Distinct().ToList();
        var taxonomyIds = terms.Select(t => t.TaxonomyId).Distinct().ToList();

        var changedLocations = locationStates.Where(l => l.Value == RecordState.Changed).Select(l => l.Key).ToList();
        var organizationChanged = organizationState == RecordState.Changed;
        var others = await db.Services
            .Where(s => s.Id != incoming.Id
                && ((organizationChanged && s.OrganizationId == organization.Id)
                    || s.ServiceAtLocations.Any(sal => changedLocations.Contains(sal.LocationId))))
            .ToDictionaryAsync(s => s.Id, s => s.OrganizationId, cancellationToken);

        return new GraphPlan
        {
            Organization = organizationState,
            Locations = locationStates,
            StoredTaxonomies = (await db.Taxonomies.Where(t => taxonomyIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(),
            StoredTerms = (await db.TaxonomyTerms.Where(t => termIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(),
            PreviousLocations = await db.ServiceAtLocations.Where(sal => sal.ServiceId == incoming.Id).Select(sal => sal.LocationId).ToListAsync(cancellationToken),
            OthersAffected = others,
        };
    }

    /// <summary>
    /// Writes the rows and saves them: over the stored service, checked against
    /// <paramref name="expectedVersion"/> (a <see cref="DbUpdateConcurrencyException"/> when another change
    /// came first), or as a new one when there is no version (a <see cref="DbUpdateException"/> when one
    /// was created with its id meanwhile). Returns the records whose ids are already another record's;
    /// when there are any, nothing is saved and the caller rolls back.
    /// </summary>
    public async Task<IReadOnlyList<TakenId>> ApplyAsync(Service incoming, GraphPlan plan, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (plan.Organization == RecordState.Changed)
        {
            await db.Set<OrganizationIdentifier>().Where(i => i.OrganizationId == incoming.OrganizationId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<OtherAttribute>().Where(a => a.OrganizationId == incoming.OrganizationId).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var locationId in plan.Locations.Where(l => l.Value == RecordState.Changed).Select(l => l.Key))
        {
            await db.Set<Address>().Where(a => a.LocationId == locationId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Accessibility>().Where(a => a.LocationId == locationId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<OtherAttribute>().Where(a => a.LocationId == locationId).ExecuteDeleteAsync(cancellationToken);
        }

        if (expectedVersion is { } version)
        {
            await DeleteOwnRowsAsync(incoming.Id, cancellationToken);
            incoming.Version = version + 1;
        }
        else
        {
            incoming.Version = 1;
        }

        db.ChangeTracker.TrackGraph(incoming, node => node.Entry.State = StateFor(node, incoming, expectedVersion is not null, plan));
        if (expectedVersion is { } original)
        {
            db.Entry(incoming).Property(s => s.Version).OriginalValue = original;
        }

        var taken = await TakenIdsAsync(cancellationToken);
        if (taken.Count > 0)
        {
            return taken;
        }

        await db.SaveChangesAsync(cancellationToken);

        // A place no service is delivered at any more is no one's to keep: it goes with its addresses.
        var previous = plan.PreviousLocations;
        await db.Locations
            .Where(l => previous.Contains(l.Id) && !db.ServiceAtLocations.Any(sal => sal.LocationId == l.Id))
            .ExecuteDeleteAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// The service's own collections. Phones (and their languages) and contacts' attributes go with their
    /// contacts by the schema's cascades; schedules go first, as they may name the service's locations.
    /// </summary>
    private async Task DeleteOwnRowsAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        var ownLinks = db.ServiceAtLocations.Where(sal => sal.ServiceId == serviceId).Select(sal => (Guid?)sal.Id);
        await db.Set<Schedule>().Where(s => s.ServiceId == serviceId || ownLinks.Contains(s.ServiceAtLocationId)).ExecuteDeleteAsync(cancellationToken);
        await db.ServiceAtLocations.Where(sal => sal.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CostOption>().Where(c => c.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ServiceArea>().Where(a => a.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Funding>().Where(f => f.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Language>().Where(l => l.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ServiceAttribute>().Where(a => a.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Contact>().Where(c => c.ServiceId == serviceId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// How each row of the graph is written: the service updated or inserted, a shared record as its plan
    /// says (an unchanged one is attached as it is, so nothing is written for it), a stored taxonomy or
    /// term left alone, and every other row as its parent is: inserted under a new or replaced parent.
    /// </summary>
    private static EntityState StateFor(EntityEntryGraphNode node, Service incoming, bool replacing, GraphPlan plan) => node.Entry.Entity switch
    {
        Service service when ReferenceEquals(service, incoming) => replacing ? EntityState.Modified : EntityState.Added,
        Organization => Written(plan.Organization),
        Location location => Written(plan.Locations[location.Id]),
        Taxonomy taxonomy => plan.StoredTaxonomies.Contains(taxonomy.Id) ? EntityState.Unchanged : EntityState.Added,
        TaxonomyTerm term => plan.StoredTerms.Contains(term.Id) ? EntityState.Unchanged : EntityState.Added,
        _ => node.SourceEntry?.State is EntityState.Unchanged ? EntityState.Unchanged : EntityState.Added,
    };

    private static EntityState Written(RecordState state) => state switch
    {
        RecordState.New => EntityState.Added,
        RecordState.Changed => EntityState.Modified,
        _ => EntityState.Unchanged,
    };

    /// <summary>
    /// Rows about to be inserted whose ids another record already has (another service's schedule, say).
    /// Not the service's own: a create that finds its id taken is a retry or a clash, which its caller tells apart.
    /// </summary>
    private async Task<IReadOnlyList<TakenId>> TakenIdsAsync(CancellationToken cancellationToken)
    {
        var taken = new List<TakenId>();
        foreach (var table in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is not Service).GroupBy(e => e.Metadata.ClrType))
        {
            var ids = table.Select(e => (Guid)e.Property("Id").CurrentValue!).ToList();
            var query = (Task<List<Guid>>)typeof(ServiceGraphWriter).GetMethod(nameof(StoredIdsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(table.Key)
                .Invoke(this, [ids, cancellationToken])!;
            taken.AddRange((await query).Select(id => new TakenId(table.Key.Name, id)));
        }

        return taken;
    }

    private Task<List<Guid>> StoredIdsAsync<T>(List<Guid> ids, CancellationToken cancellationToken)
        where T : class =>
        db.Set<T>().Where(row => ids.Contains(EF.Property<Guid>(row, "Id"))).Select(row => EF.Property<Guid>(row, "Id")).ToListAsync(cancellationToken);

    private static RecordState StateOf<T>(T? stored, T incoming)
        where T : class =>
        stored is null ? RecordState.New : DocumentComparison.SaySame(stored, incoming) ? RecordState.Unchanged : RecordState.Changed;

    private static IEnumerable<TaxonomyTerm> TermsOf(Service service) =>
        service.Attributes.Select(a => a.TaxonomyTerm)
            .Concat(service.Contacts.SelectMany(c => c.Attributes).Select(a => a.TaxonomyTerm))
            .Concat(service.Organization.Attributes.Select(a => a.TaxonomyTerm))
            .Concat(service.Organization.OrganizationIdentifiers.SelectMany(i => i.Attributes).Select(a => a.TaxonomyTerm))
            .Concat(service.ServiceAtLocations.Select(sal => sal.Location).SelectMany(l =>
                l.Attributes.Concat(l.Addresses.SelectMany(a => a.Attributes)).Concat(l.Accessibility.SelectMany(a => a.Attributes))).Select(a => a.TaxonomyTerm))
            .SelectMany(term => term.Taxonomy.Terms.Append(term));
}

/// <summary>A record that cannot be inserted: another record already has its id.</summary>
public sealed record TakenId(string Kind, Guid Id);
