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
        entity.HasMany(s => s.ServiceAtLocations).WithOne(sal => sal.Service).HasForeignKey(sal => sal.ServiceId);
        entity.HasMany(s => s.Schedules).WithOne().HasForeignKey(s => s.ServiceId);
        entity.HasMany(s => s.CostOptions).WithOne().HasForeignKey(c => c.ServiceId);
        entity.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.ServiceId);
        entity.HasMany(s => s.ServiceAreas).WithOne().HasForeignKey(a => a.ServiceId);
        entity.HasMany(s => s.Languages).WithOne().HasForeignKey(l => l.ServiceId);
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

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> entity)
    {
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.HasMany(c => c.Phones).WithOne().HasForeignKey(p => p.ContactId);
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
    IEntityTypeConfiguration<Address>, IEntityTypeConfiguration<Accessibility>, IEntityTypeConfiguration<Phone>,
    IEntityTypeConfiguration<ServiceArea>, IEntityTypeConfiguration<Language>, IEntityTypeConfiguration<Funding>
{
    public void Configure(EntityTypeBuilder<Address> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
    public void Configure(EntityTypeBuilder<Accessibility> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
    public void Configure(EntityTypeBuilder<Phone> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
    public void Configure(EntityTypeBuilder<ServiceArea> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
    public void Configure(EntityTypeBuilder<Language> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
    public void Configure(EntityTypeBuilder<Funding> entity) => entity.Property(e => e.Id).ValueGeneratedNever();
}
