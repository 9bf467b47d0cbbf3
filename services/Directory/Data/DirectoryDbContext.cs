using Directory.Api.History;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;
using Platform.Messaging;

namespace Directory.Api.Data;

/// <summary>
/// The directory's database: the ORUK records, each service's history, and the outbox. Engine-specific
/// subclasses own the migrations; everything else asks for this type.
/// </summary>
public abstract class DirectoryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<ServiceAtLocation> ServiceAtLocations => Set<ServiceAtLocation>();
    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<ServiceHistoryEntry> ServiceHistory => Set<ServiceHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
