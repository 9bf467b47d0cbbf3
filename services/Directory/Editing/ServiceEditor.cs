using System.Security.Claims;
using Directory.Api.Changes;
using Directory.Api.History;
using Directory.Api.OpenReferral;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// One edit of an existing service, whatever part it changes: found (404), the caller's to edit (403),
/// not kept by another directory (409), based on the current version (428, 412), valid with everything
/// it refers to (400), then saved as the next version, announced, and told to the in-process listeners.
/// An edit that changes nothing is answered with the service as it is, so a retried edit is harmless.
/// </summary>
public sealed class ServiceEditor(StoredServices stored, ReferenceResolver references, ServiceSaver saver, DirectoryChanges changes, TimeProvider clock)
{
    public async Task<IResult> EditAsync(
        string id, StringValues ifMatch, ClaimsPrincipal user, string kind, Func<StoredService, Proposal> propose, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var serviceId))
        {
            return EditProblems.Invalid("id", "The service id is a UUID.");
        }

        if (await stored.FindAsync(serviceId, cancellationToken) is not { } service)
        {
            return EditProblems.NotFound("service");
        }

        var current = StoredService.Of(service);
        if (!user.MayEdit(current.OrganizationId))
        {
            return EditProblems.NotYours();
        }

        if (current.Provenance is { } provenance)
        {
            return EditProblems.Imported(provenance.SourceFeed);
        }

        if (ifMatch.Count == 0)
        {
            return EditProblems.VersionRequired();
        }

        var proposal = propose(current);
        if (proposal.Refusal is { } refusal)
        {
            return refusal;
        }

        var errors = new ValidationErrors();
        var document = await references.ResolveForEditorAsync(proposal.Document! with { Id = serviceId, Distance = null }, errors, cancellationToken);
        ServiceDocumentValidator.Validate(document, errors);
        if (errors.Any)
        {
            return EditProblems.Invalid(errors.ToDictionary());
        }

        if (DocumentComparison.SaySame(document, current.Document))
        {
            return ServiceDocumentResult.Of(current);
        }

        if (proposal.UnlessSame is { } conflict)
        {
            return conflict;
        }

        if (!EntityTag.Matches(ifMatch, current.Version))
        {
            return EditProblems.Stale(current.Version);
        }

        if (!user.MayEdit(document.OrganizationId!.Value))
        {
            return EditProblems.NotYours();
        }

        var rows = new ServiceDocumentReader().Read(document);
        rows.LastModified = StoredTime.Now(clock);
        SaveOutcome outcome;
        try
        {
            outcome = await saver.SaveAsync(rows, new ServiceChange
            {
                Kind = kind,
                Actor = ChangeActor.Of(user),
                ExpectedVersion = current.Version,
                EditorOrganisation = user.EditorOrganisation(),
                TouchesSharingServices = true,
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            return EditProblems.SavedMeanwhile();
        }

        return await AnswerAsync(outcome, cancellationToken, proposal.SavedStatus, proposal.Location);
    }

    /// <summary>The answer to a save: the service with its new ETag once the listeners know, or why it was not saved.</summary>
    public async Task<IResult> AnswerAsync(SaveOutcome outcome, CancellationToken cancellationToken, int savedStatus = StatusCodes.Status200OK, string? location = null)
    {
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                await changes.CommittedAsync(saved.ChangedServices, cancellationToken);
                return ServiceDocumentResult.Of(saved.Service, savedStatus, location);
            case SaveOutcome.SharedWithAnotherOrganisation shared:
                return EditProblems.SharedWithAnotherOrganisation(shared.ServiceId);
            case SaveOutcome.IdsTaken taken:
                return EditProblems.IdsTaken(taken.Ids);
            default:
                return EditProblems.ChangedMeanwhile();
        }
    }
}
