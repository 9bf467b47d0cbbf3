using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Directory.Api.History;

internal sealed class ServiceHistoryEntryConfiguration : IEntityTypeConfiguration<ServiceHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ServiceHistoryEntry> entity)
    {
        entity.ToTable("ServiceHistory");
        entity.Property(h => h.Kind).HasMaxLength(ServiceHistoryEntry.MaxKindLength);
        entity.Property(h => h.ActorSubject).HasMaxLength(ServiceHistoryEntry.MaxSubjectLength);
        entity.Property(h => h.ActorRole).HasMaxLength(ServiceHistoryEntry.MaxRoleLength);
        entity.Property(h => h.ActorOrganisationId).HasMaxLength(ServiceHistoryEntry.MaxOrganisationIdLength);
        entity.Property(h => h.SourceFeed).HasMaxLength(Provenance.MaxSourceFeedLength);
        entity.Property(h => h.ChangedFields).HasMaxLength(ServiceHistoryEntry.MaxChangedFieldsLength);

        // One row per version: two writers that both read version n cannot both record n + 1.
        entity.HasIndex(h => new { h.ServiceId, h.Version }).IsUnique();

        // The change poller asks "what was recorded since"; no foreign key, so a service's history
        // would outlive the service.
        entity.HasIndex(h => h.At);
    }
}
