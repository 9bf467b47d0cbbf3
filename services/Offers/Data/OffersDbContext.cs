using Microsoft.EntityFrameworkCore;
using Offers.Api.Offers;
using Offers.Api.Places;
using Platform.Messaging;

namespace Offers.Api.Data;

/// <summary>
/// The offers database: offers with their place counters, the claims on those places, and the
/// inbox and outbox. Engine-specific subclasses own the migrations; everything else asks for this type.
/// </summary>
public abstract class OffersDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<PlaceClaim> PlaceClaims => Set<PlaceClaim>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OffersDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
