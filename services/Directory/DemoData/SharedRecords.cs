using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Directory.Api.DemoData;

/// <summary>
/// The organisations, locations, taxonomies and terms earlier batches of a seed saved. Services share
/// them, and each batch reads its services afresh, so a batch meets again records that are stored
/// already: those are attached unchanged and only the new ones are inserted. Only ids are kept, so
/// memory grows with the number of shared records, not with their contents or with the services.
/// </summary>
internal sealed class SharedRecords
{
    private readonly HashSet<Guid> _organizations = [];
    private readonly HashSet<Guid> _locations = [];
    private readonly HashSet<Guid> _taxonomies = [];
    private readonly HashSet<Guid> _terms = [];

    /// <summary>Attaches <paramref name="root"/> and everything it reaches to <paramref name="db"/>, to be inserted unless saved already.</summary>
    public void Attach(DbContext db, object root) => db.ChangeTracker.TrackGraph(root, node => node.Entry.State = StateOf(node));

    /// <summary>Remembers the shared records <paramref name="db"/> has just saved.</summary>
    public void Saved(DbContext db)
    {
        _organizations.UnionWith(db.ChangeTracker.Entries<Organization>().Select(entry => entry.Entity.Id));
        _locations.UnionWith(db.ChangeTracker.Entries<Location>().Select(entry => entry.Entity.Id));
        _taxonomies.UnionWith(db.ChangeTracker.Entries<Taxonomy>().Select(entry => entry.Entity.Id));
        _terms.UnionWith(db.ChangeTracker.Entries<TaxonomyTerm>().Select(entry => entry.Entity.Id));
    }

    private EntityState StateOf(EntityEntryGraphNode node) => node.Entry.Entity switch
    {
        Organization organization => StateOf(_organizations, organization.Id),
        Location location => StateOf(_locations, location.Id),
        Taxonomy taxonomy => StateOf(_taxonomies, taxonomy.Id),
        TaxonomyTerm term => StateOf(_terms, term.Id),
        Service => EntityState.Added,

        // Everything else belongs to what it was reached from: an organisation's identifiers and a
        // location's addresses were saved with it, a service's rows are as new as the service.
        _ => node.SourceEntry?.State ?? EntityState.Added,
    };

    private static EntityState StateOf(HashSet<Guid> saved, Guid id) => saved.Contains(id) ? EntityState.Unchanged : EntityState.Added;
}
