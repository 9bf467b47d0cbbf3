using Directory.Api.Editing;
using Directory.Api.History;
using Directory.Api.Model;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Import;

/// <summary>
/// Upserts one service record read from another directory's ORUK feed: checked as an edit would be,
/// written by the same versioned save (history rows and <c>directory-service-changed</c> events
/// included), marked with its provenance. Idempotent: a record that says what is stored already (its
/// publisher's last_modified included) changes nothing. A service kept here, or imported from another
/// feed, is never overwritten.
/// </summary>
public sealed class FeedServiceImporter(StoredServices stored, ReferenceResolver references, ServiceSaver saver, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(ServiceDocument source, ImportFeed feed, CancellationToken cancellationToken)
    {
        var current = await stored.FindAsync(source.Id, cancellationToken) is { } service ? StoredService.Of(service) : null;
        switch (current?.Provenance?.SourceFeed)
        {
            case null when current is not null:
                return ImportOutcome.Failed("A service with this id is kept in this directory; it is not overwritten from a feed.");
            case { } otherFeed when otherFeed != feed.Url:
                return ImportOutcome.Failed($"A service with this id is imported from {otherFeed}; it is not overwritten from another feed.");
        }

        var errors = new ValidationErrors();
        var document = await references.ResolveForImportAsync(source with { Provenance = null, Distance = null }, feed.Url, feed.Terms, errors, cancellationToken);
        ServiceDocumentValidator.Validate(document, errors);
        if (errors.Any)
        {
            return ImportOutcome.Failed([.. errors.ToDictionary().SelectMany(error => error.Value.Select(message => $"{error.Key}: {message}"))]);
        }

        var now = StoredTime.Now(clock);
        var rows = new ServiceDocumentReader().Read(document);
        var published = source.LastModified is { } modified ? StoredTime.Of(modified) : (DateTime?)null;
        rows.LastModified = published ?? current?.LastModified ?? now;
        rows.Provenance = new Provenance { SourceFeed = feed.Url, SourceLastModified = published, ImportedAt = now };
        rows.Organization.Provenance = new Provenance { SourceFeed = feed.Url, ImportedAt = now };
        if (current is not null && DocumentComparison.SaySame(current.Document, rows.ToDocument(), comparingLastModified: true))
        {
            return ImportOutcome.Unchanged;
        }

        SaveOutcome outcome;
        try
        {
            outcome = await saver.SaveAsync(rows, new ServiceChange
            {
                Kind = current is null ? DirectoryServiceChangeKinds.Created : DirectoryServiceChangeKinds.Updated,
                Actor = ChangeActor.Import,
                ExpectedVersion = current?.Version,
                SourceFeed = feed.Url,
                Commit = !feed.DryRun,
            }, cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            return ImportOutcome.Failed($"The database refused it: {exception.GetBaseException().Message}");
        }

        return outcome switch
        {
            SaveOutcome.Saved saved => new ImportOutcome(current is null ? ImportResult.Created : ImportResult.Updated, [], saved.ChangedServices),
            SaveOutcome.IdsTaken taken => ImportOutcome.Failed([.. taken.Ids.Select(id => $"Its {id.Kind} {id.Id} has the id of another entry's record.")]),
            _ => ImportOutcome.Failed("It was changed in the directory while being imported; run the import again."),
        };
    }
}
