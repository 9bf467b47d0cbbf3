using Directory.Api.Data;
using Directory.Api.Model;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Directory.Api.Search;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.Editing;

/// <summary>Services as they are stored, fully nested, read untracked: what an edit starts from and what history records.</summary>
public sealed class StoredServices(DirectoryDbContext db)
{
    public Task<Service?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Services.AsNoTracking().IncludePaths(RecordIncludes.ServicePaths).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>Each service's ORUK document as the feed would answer now (inside the caller's transaction, when there is one).</summary>
    public async Task<IReadOnlyDictionary<Guid, StoredService>> ReadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, StoredService>();
        }

        var services = await db.Services.AsNoTracking().IncludePaths(RecordIncludes.ServicePaths)
            .Where(s => ids.Contains(s.Id))
            .ToListAsync(cancellationToken);
        return services.ToDictionary(s => s.Id, StoredService.Of);
    }
}

/// <summary>A stored service's document with what is kept beside it: its version, organisation and provenance.</summary>
public sealed record StoredService(Guid Id, Guid OrganizationId, int Version, Provenance? Provenance, DateTime LastModified, ServiceDocument Document)
{
    public static StoredService Of(Service service) =>
        new(service.Id, service.OrganizationId, service.Version, service.Provenance, service.LastModified, service.ToDocument());
}
