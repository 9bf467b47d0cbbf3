using Directory.Api.Data;
using Directory.Api.History;
using Directory.Api.Model;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;

namespace Directory.Api.Editing;

/// <summary>
/// Saves a service's new document as its next version, in one transaction: the rows, a history row and a
/// <c>directory-service-changed</c> event for the service and for every service that shares a record the
/// change rewrote (their documents show that record too). The editing API and the import both save
/// through here, so a change is versioned and announced whichever way it arrives.
/// </summary>
public sealed class ServiceSaver(
    DirectoryDbContext db, ServiceGraphWriter writer, StoredServices stored, ServiceChangeRecorder recorder, TimeProvider clock)
{
    /// <param name="incoming">The service's rows as <c>ServiceDocumentReader</c> made them, with their last_modified and provenance set.</param>
    public async Task<SaveOutcome> SaveAsync(Service incoming, ServiceChange change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await writer.PlanAsync(incoming, cancellationToken);
        if (change.EditorOrganisation is { } editor
            && plan.OthersAffected.Where(other => other.Value != editor).Select(other => (Guid?)other.Key).FirstOrDefault() is { } foreign)
        {
            return new SaveOutcome.SharedWithAnotherOrganisation(foreign);
        }

        var others = plan.OthersAffected.Keys.ToList();
        var before = await stored.ReadAsync([incoming.Id, .. others], cancellationToken);
        try
        {
            var taken = await writer.ApplyAsync(incoming, plan, change.ExpectedVersion, cancellationToken);
            if (taken.Count > 0)
            {
                return new SaveOutcome.IdsTaken(taken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveOutcome.Stale();
        }

        var now = StoredTime.Now(clock);
        if (others.Count > 0)
        {
            await db.Services.Where(s => others.Contains(s.Id)).ExecuteUpdateAsync(
                set =>
                {
                    set.SetProperty(s => s.Version, s => s.Version + 1);
                    if (change.TouchesSharingServices)
                    {
                        set.SetProperty(s => s.LastModified, now);
                    }
                },
                cancellationToken);
        }

        var after = await stored.ReadAsync([incoming.Id, .. others], cancellationToken);
        recorder.Record(before.GetValueOrDefault(incoming.Id), after[incoming.Id], change.Kind, change.Actor, change.SourceFeed, now);
        foreach (var other in others)
        {
            recorder.Record(before[other], after[other], DirectoryServiceChangeKinds.SharedRecordChanged, change.Actor, change.SourceFeed, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (change.Commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new SaveOutcome.Saved(after[incoming.Id], [incoming.Id, .. others]);
    }
}
