using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Offers.Api.Offers;
using Offers.Api.Places;

namespace Offers.Api.Data;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> entity)
    {
        entity.Property(o => o.Id).ValueGeneratedNever();
        entity.Property(o => o.Title).HasMaxLength(Offer.MaxTitleLength);
        entity.Property(o => o.Summary).HasMaxLength(Offer.MaxSummaryLength);
        entity.Property(o => o.NelPriority).HasMaxLength(40);
        entity.Property(o => o.Version).IsConcurrencyToken();
        entity.HasIndex(o => new { o.ServiceId, o.ValidTo });
        entity.HasIndex(o => o.OrganizationId);

        // The code keeps these true with conditional updates; the database refuses anything that slips past.
        entity.ToTable(table => table.HasCheckConstraint(
            "CK_Offers_Places",
            "\"PlacesHeld\" >= 0 AND \"PlacesTaken\" >= 0 AND \"PlacesHeld\" + \"PlacesTaken\" <= \"PlacesTotal\""));
    }
}

internal sealed class PlaceClaimConfiguration : IEntityTypeConfiguration<PlaceClaim>
{
    public void Configure(EntityTypeBuilder<PlaceClaim> entity)
    {
        entity.Property(c => c.Id).ValueGeneratedNever();
        entity.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        entity.HasOne<Offer>().WithMany().HasForeignKey(c => c.OfferId);

        // One claim per referral, whatever the offer: a referral never holds two places, even when
        // its service runs two offers at once. This also makes (offer, referral) unique.
        entity.HasIndex(c => c.ReferralId).IsUnique();
    }
}
