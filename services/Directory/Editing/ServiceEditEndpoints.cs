using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Directory.Api.Data;
using Directory.Api.History;
using Directory.Api.Model;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// A service as a whole: <c>POST /services</c> adds one, <c>PUT /services/{id}</c> replaces its document,
/// <c>PATCH /services/{id}</c> changes its status (and alert). Bodies are ORUK service documents.
/// </summary>
public static class ServiceEditEndpoints
{
    public static async Task<IResult> CreateAsync(
        JsonObject body,
        [FromHeader(Name = RequestBody.IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        StoredServices stored,
        ReferenceResolver references,
        ServiceSaver saver,
        ServiceEditor editor,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        RequestBody.CheckIdempotencyKey(idempotencyKey, errors);
        var serviceId = RequestBody.NewRecordId(body, IdempotencyScope(user), "service", idempotencyKey);
        if (!RequestBody.TryRead<ServiceDocument>(body, serviceId, requiredId: null, errors, out var document) || errors.Any)
        {
            return EditProblems.Invalid(errors.ToDictionary());
        }

        if ((document.OrganizationId ?? document.Organization?.Id) is { } organizationId && organizationId != Guid.Empty && !user.MayEdit(organizationId))
        {
            return EditProblems.NotYours();
        }

        document = await references.ResolveForEditorAsync(document with { Distance = null }, errors, cancellationToken);
        ServiceDocumentValidator.Validate(document, errors);
        if (errors.Any)
        {
            return EditProblems.Invalid(errors.ToDictionary());
        }

        var rows = new ServiceDocumentReader().Read(document);
        rows.LastModified = StoredTime.Now(clock);
        var location = $"{OpenReferralApi.BasePath}/services/{rows.Id}";
        if (await stored.FindAsync(rows.Id, cancellationToken) is { } existing)
        {
            return await RepeatedOrConflictingAsync(existing, rows, user, db, location, cancellationToken);
        }

        SaveOutcome outcome;
        try
        {
            outcome = await saver.SaveAsync(rows, new ServiceChange
            {
                Kind = DirectoryServiceChangeKinds.Created,
                Actor = ChangeActor.Of(user),
                EditorOrganisation = user.EditorOrganisation(),
                TouchesSharingServices = true,
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same create raced itself (a client retrying before the first answer): answer as for the
            // one that was saved. Otherwise another change took one of its new ids at the same moment.
            db.ChangeTracker.Clear();
            return await stored.FindAsync(rows.Id, cancellationToken) is { } winner
                ? await RepeatedOrConflictingAsync(winner, new ServiceDocumentReader().Read(document), user, db, location, cancellationToken)
                : EditProblems.SavedMeanwhile();
        }

        return await editor.AnswerAsync(outcome, cancellationToken, StatusCodes.Status201Created, location);
    }

    public static Task<IResult> ReplaceAsync(string id, JsonObject body, HttpRequest request, ClaimsPrincipal user, ServiceEditor editor, CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.Updated, current =>
        {
            var errors = new ValidationErrors();
            if (!RequestBody.TryRead<ServiceDocument>(body, current.Id, current.Id, errors, out var document))
            {
                return Proposal.Refused(EditProblems.Invalid(errors.ToDictionary()));
            }

            // A replacement that leaves out its organisation stays with the one it has.
            return Proposal.To(document with { OrganizationId = document.OrganizationId ?? document.Organization?.Id ?? current.OrganizationId });
        }, cancellationToken);

    /// <summary>Opens, closes or retires a service (ORUK <c>status</c>), with the <c>alert</c> residents see; JSON merge-patch of those two fields.</summary>
    public static Task<IResult> ChangeStatusAsync(string id, JsonObject body, HttpRequest request, ClaimsPrincipal user, ServiceEditor editor, CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.StatusChanged, current =>
        {
            var errors = new ValidationErrors();
            foreach (var (name, _) in body.Where(field => field.Key is not ("status" or "alert")))
            {
                errors.Add(name, "PATCH changes status and alert only; replace the service with PUT to change anything else.");
            }

            if (!body.ContainsKey("status") && !body.ContainsKey("alert"))
            {
                errors.Add("status", "Give the new status, the alert, or both.");
            }

            var status = TextField(body, "status", current.Document.Status, errors);
            var alert = TextField(body, "alert", current.Document.Alert, errors);
            return errors.Any
                ? Proposal.Refused(EditProblems.Invalid(errors.ToDictionary()))
                : Proposal.To(current.Document with { Status = status!, Alert = alert });
        }, cancellationToken);

    /// <summary>A field of a merge-patch: absent keeps <paramref name="current"/>, null removes it, a string replaces it.</summary>
    private static string? TextField(JsonObject body, string name, string? current, ValidationErrors errors)
    {
        if (!body.TryGetPropertyValue(name, out var value))
        {
            return current;
        }

        if (value is null)
        {
            return null;
        }

        if (value is JsonValue text && text.TryGetValue<string>(out var given))
        {
            return given;
        }

        errors.Add(name, $"{name} is text.");
        return current;
    }

    /// <summary>
    /// A create for an id that exists: the same caller repeating the request that created it gets the
    /// service as it is now (201 again); anything else is a conflict.
    /// </summary>
    private static async Task<IResult> RepeatedOrConflictingAsync(
        Service existing, Service requested, ClaimsPrincipal user, DirectoryDbContext db, string location, CancellationToken cancellationToken)
    {
        var creation = await db.ServiceHistory.AsNoTracking()
            .FirstOrDefaultAsync(h => h.ServiceId == existing.Id && h.Version == 1 && h.Kind == DirectoryServiceChangeKinds.Created, cancellationToken);
        var repeated = creation is not null
            && creation.ActorSubject == user.SubjectId()
            && JsonSerializer.Deserialize<ServiceDocument>(creation.After, OpenReferralJson.Options) is { } created
            && DocumentComparison.SaySame(created, requested.ToDocument());
        return repeated
            ? ServiceDocumentResult.Of(StoredService.Of(existing), StatusCodes.Status201Created, location)
            : EditProblems.AlreadyExists(existing.Id);
    }

    /// <summary>Idempotency keys are the caller's own: the same key from two people makes two services.</summary>
    private static Guid IdempotencyScope(ClaimsPrincipal user) =>
        NameBasedUuid.Create(Guid.Empty, $"directory-service-create\n{user.SubjectId()}");
}
