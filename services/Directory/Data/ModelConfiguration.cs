using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Api.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> entity)
    {
        entity.Property(o => o.Id).ValueGeneratedNever();
        entity.Property(o => o.Name).HasMaxLength(300);
        entity.HasIndex(o => o.Name);
        entity.ComplexProperty(o => o.Provenance, provenance => provenance.Property(p => p.SourceFeed).HasMaxLength(Provenance.MaxSourceFeedLength));
        entity.HasMany(o => o.OrganizationIdentifiers).WithOne().HasForeignKey(i => i.OrganizationId);
        entity.HasMany(o => o.Attributes).WithOne().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganizationIdentifierConfiguration : IEntityTypeConfiguration<OrganizationIdentifier>
{
    public void Configure(EntityTypeBuilder<OrganizationIdentifier> entity)
    {
        entity.Property(i => i.Id).ValueGeneratedNever();
        entity.HasMany(i => i.Attributes).WithOne().HasForeignKey(a => a.OrganizationIdentifierId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> entity)
    {
        entity.Property(s => s.Id).ValueGeneratedNever();
        entity.Property(s => s.Name).HasMaxLength(300);
        entity.Property(s => s.Status).HasMaxLength(40);
        entity.HasIndex(s => s.OrganizationId);
        entity.HasIndex(s => s.LastModified);
        entity.Property(s => s.Version).IsConcurrencyToken();
        entity.ComplexProperty(s => s.Provenance, provenance => provenance.Property(p => p.SourceFeed).HasMaxLength(Provenance.MaxSourceFeedLength));
        entity.HasMany(s => s.ServiceAtLocations).WithOne(sal => sal.Service).HasForeignKey(sal => sal.ServiceId);
        entity.HasMany(s => s.Schedules).WithOne().HasForeignKey(s => s.ServiceId);
        entity.HasMany(s => s.CostOptions).WithOne().HasForeignKey(c => c.ServiceId);
        entity.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.ServiceId);
        entity.HasMany(s => s.ServiceAreas).WithOne().HasForeignKey(a => a.ServiceId);
        entity.HasMany(s => s.Languages).WithOne().HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(s => s.Attributes).WithOne().HasForeignKey(a => a.ServiceId);
        entity.HasMany(s => s.Funding).WithOne().HasForeignKey(f => f.ServiceId);
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> entity)
    {
        entity.Property(l => l.Id).ValueGeneratedNever();
        entity.HasMany(l => l.Addresses).WithOne().HasForeignKey(a => a.LocationId);
        entity.HasMany(l => l.Accessibility).WithOne().HasForeignKey(a => a.LocationId);
        entity.HasMany(l => l.Attributes).WithOne().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Cascade);

        // Proximity search narrows to a bounding box first.
        entity.HasIndex(l => new { l.Latitude, l.Longitude });
    }
}

internal sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> entity)
    {
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.HasMany(a => a.Attributes).WithOne().HasForeignKey(a => a.AddressId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccessibilityConfiguration : IEntityTypeConfiguration<Accessibility>
{
    public void Configure(EntityTypeBuilder<Accessibility> entity)
    {
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.HasMany(a => a.Attributes).WithOne().HasForeignKey(a => a.AccessibilityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceAtLocationConfiguration : IEntityTypeConfiguration<ServiceAtLocation>
{
    public void Configure(EntityTypeBuilder<ServiceAtLocation> entity)
    {
        entity.Property(s => s.Id).ValueGeneratedNever();
        entity.HasIndex(s => new { s.ServiceId, s.LocationId }).IsUnique();
    }
}

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> entity)
    {
        entity.Property(t => t.Id).ValueGeneratedNever();
        entity.Property(t => t.Name).HasMaxLength(200);
        entity.HasIndex(t => t.Name).IsUnique();
        entity.HasMany(t => t.Terms).WithOne(term => term.Taxonomy).HasForeignKey(term => term.TaxonomyId);
    }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> entity)
    {
        entity.Property(t => t.Id).ValueGeneratedNever();
        entity.Property(t => t.Code).HasMaxLength(200);
        entity.HasIndex(t => new { t.TaxonomyId, t.Code }).IsUnique();

        // No foreign key: a federated feed may name a parent term it does not publish.
        entity.HasIndex(t => t.ParentId);
    }
}

internal sealed class ServiceAttributeConfiguration : IEntityTypeConfiguration<ServiceAttribute>
{
    public void Configure(EntityTypeBuilder<ServiceAttribute> entity)
    {
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.HasIndex(a => new { a.ServiceId, a.TaxonomyTermId }).IsUnique();
        entity.HasOne(a => a.TaxonomyTerm).WithMany().HasForeignKey(a => a.TaxonomyTermId);
    }
}

internal sealed class OtherAttributeConfiguration : IEntityTypeConfiguration<OtherAttribute>
{
    private static readonly string[] Owners =
        [nameof(OtherAttribute.OrganizationId), nameof(OtherAttribute.OrganizationIdentifierId), nameof(OtherAttribute.LocationId),
         nameof(OtherAttribute.AddressId), nameof(OtherAttribute.AccessibilityId), nameof(OtherAttribute.ContactId)];

    public void Configure(EntityTypeBuilder<OtherAttribute> entity)
    {
        entity.Property(a => a.Id).ValueGeneratedNever();
        entity.HasOne(a => a.TaxonomyTerm).WithMany().HasForeignKey(a => a.TaxonomyTermId);

        // Written so SQLite and PostgreSQL read it alike: a sum of CASEs rather than num_nonnulls().
        var owned = string.Join(" + ", Owners.Select(owner => $"CASE WHEN \"{owner}\" IS NULL THEN 0 ELSE 1 END"));
        entity.ToTable(table => table.HasCheckConstraint("CK_OtherAttribute_one_owner", $"{owned} = 1"));
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> entity)
    {
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.HasMany(c => c.Phones).WithOne().HasForeignKey(p => p.ContactId);
        entity.HasMany(c => c.Attributes).WithOne().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PhoneConfiguration : IEntityTypeConfiguration<Phone>
{
    public void Configure(EntityTypeBuilder<Phone> entity)
    {
        entity.Property(p => p.Id).ValueGeneratedNever();
        entity.HasMany(p => p.Languages).WithOne().HasForeignKey(l => l.PhoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CostOptionConfiguration : IEntityTypeConfiguration<CostOption>
{
    public void Configure(EntityTypeBuilder<CostOption> entity)
    {
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.Property(c => c.Amount).HasPrecision(10, 2);
    }
}

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> entity) => entity.Property(s => s.Id).ValueGeneratedNever();
}

internal sealed class OwnedRowIds :
    IEntityTypeConfiguration<ServiceArea>, IEntityTypeConfiguration<Language>, IEntityTypeConfiguration<Funding>
{
    public void Configure(EntityTypeBuilder<ServiceArea> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
    public void Configure(EntityTypeBuilder<Language> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
    public void Configure(EntityTypeBuilder<Funding> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
}
