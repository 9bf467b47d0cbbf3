using Directory.Api.Data;
using Directory.Api.Editing;
using Platform.Contracts.Events;
using Platform.Messaging;

namespace Directory.Api.History;

/// <summary>
/// Records one version of a service: its history row and its <c>directory-service-changed</c> event,
/// both added to the context of the change, so they are saved with it or not at all.
/// </summary>
public sealed class ServiceChangeRecorder(DirectoryDbContext db, IEventOutbox outbox)
{
    public void Record(StoredService? before, StoredService after, string kind, ChangeActor actor, string? sourceFeed, DateTime at)
    {
        db.ServiceHistory.Add(new ServiceHistoryEntry
        {
            ServiceId = after.Id,
            Version = after.Version,
            At = at,
            Kind = kind,
            ActorSubject = Truncated(actor.Subject, ServiceHistoryEntry.MaxSubjectLength),
            ActorRole = Truncated(actor.Role, ServiceHistoryEntry.MaxRoleLength),
            ActorOrganisationId = actor.OrganisationId is null ? null : Truncated(actor.OrganisationId, ServiceHistoryEntry.MaxOrganisationIdLength),
            SourceFeed = sourceFeed,
            ChangedFields = Truncated(string.Join(',', DocumentComparison.ChangedFields(before?.Document, after.Document)), ServiceHistoryEntry.MaxChangedFieldsLength),
            Before = before is null ? null : DocumentComparison.Serialize(before.Document),
            After = DocumentComparison.Serialize(after.Document),
        });
        outbox.Add(Topics.DirectoryServiceChanged, new DirectoryServiceChanged
        {
            ServiceId = after.Id,
            OrganizationId = after.OrganizationId,
            ChangeKind = kind,
            OccurredAt = new DateTimeOffset(at, TimeSpan.Zero),
        });
    }

    private static string Truncated(string value, int length) => value.Length <= length ? value : value[..length];
}
