using Microsoft.EntityFrameworkCore;
using Platform.Messaging;
using Platform.ServiceDefaults.Audit;
using Referrals.Api.Lifecycle;

namespace Referrals.Api.Data;

/// <summary>The referrals database: referrals and their timelines, the outbox and inbox, and the audit trail.</summary>
public abstract class ReferralsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Referral>(referral =>
        {
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.Property(r => r.ServiceName).HasMaxLength(300);
            referral.Property(r => r.Route).HasMaxLength(20);
            referral.Property(r => r.Status).HasMaxLength(20);
            referral.Property(r => r.SubjectNhsNumber).HasMaxLength(10);
            referral.Property(r => r.WhatMattersToMe).HasMaxLength(2000);
            referral.Property(r => r.Urgency).HasMaxLength(20);
            referral.Property(r => r.CreatedBySubject).HasMaxLength(200);
            referral.Property(r => r.CreatedByRole).HasMaxLength(40);
            referral.Property(r => r.CreatedByOrganisationId).HasMaxLength(64);
            referral.Property(r => r.IdempotencyKey).HasMaxLength(100);
            referral.Property(r => r.DeclineReasonCode).HasMaxLength(40);
            referral.Property(r => r.Version).IsConcurrencyToken();
            referral.HasIndex(r => r.SubjectNhsNumber);
            referral.HasIndex(r => new { r.OrganizationId, r.Status });
            referral.HasIndex(r => new { r.CreatedBySubject, r.IdempotencyKey }).IsUnique();
            referral.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReferralId);
        });
        modelBuilder.Entity<ReferralStatusChange>(change =>
        {
            change.Property(c => c.Status).HasMaxLength(20);
            change.Property(c => c.BySubject).HasMaxLength(200);
            change.Property(c => c.ReasonCode).HasMaxLength(40);
        });
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
