using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Audit;

public static class AuditExtensions
{
    /// <summary>Adds the <c>AuditRecords</c> table to a service's model (call from <c>OnModelCreating</c>).</summary>
    public static ModelBuilder AddAuditTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("AuditRecords");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.ActorSubject).HasMaxLength(200);
            audit.Property(a => a.ActorRole).HasMaxLength(40);
            audit.Property(a => a.ActorOrganisationId).HasMaxLength(64);
            audit.Property(a => a.SubjectNhsNumber).HasMaxLength(10);
            audit.Property(a => a.Action).HasMaxLength(80);
            audit.Property(a => a.ResourceType).HasMaxLength(80);
            audit.Property(a => a.ResourceId).HasMaxLength(64);
            audit.Property(a => a.Reason).HasMaxLength(200);
            audit.Property(a => a.Outcome).HasMaxLength(20);
            audit.Property(a => a.CorrelationId).HasMaxLength(64);
            audit.HasIndex(a => a.SubjectNhsNumber);
            audit.HasIndex(a => a.At);
        });
        return modelBuilder;
    }

    /// <summary>Registers <see cref="IAuditTrail"/> writing into <typeparamref name="TDbContext"/>.</summary>
    public static IHostApplicationBuilder AddAuditTrail<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditTrail, AuditTrail<TDbContext>>();
        return builder;
    }

    /// <summary>The interceptor every service's context adds so audit rows can only be inserted.</summary>
    public static DbContextOptionsBuilder UseAppendOnlyAudit(this DbContextOptionsBuilder options) =>
        options.AddInterceptors(new AppendOnlyAuditInterceptor());
}
