using System.Security.Claims;
using System.Text.Json.Nodes;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// Where a service is delivered, one place at a time: <c>POST /services/{id}/service_at_locations</c>, and
/// <c>PUT</c> or <c>DELETE</c> <c>/services/{id}/service_at_locations/{salId}</c>. Bodies are ORUK
/// service_at_location documents: a new or changed place described in <c>location</c>, or one already in
/// the directory named by <c>location_id</c>. Each answer is the whole service with its new ETag.
/// </summary>
public static class ServiceAtLocationEditEndpoints
{
    public static Task<IResult> AddAsync(
        string id,
        JsonObject body,
        [FromHeader(Name = RequestBody.IdempotencyHeader)] string? idempotencyKey,
        HttpRequest request,
        ClaimsPrincipal user,
        ServiceEditor editor,
        CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.LocationsChanged, current =>
        {
            var errors = new ValidationErrors();
            RequestBody.CheckIdempotencyKey(idempotencyKey, errors);
            var salId = RequestBody.NewRecordId(body, current.Id, "service_at_location", idempotencyKey);
            if (!TryReadLink(body, salId, requiredId: null, current, errors, out var link))
            {
                return Proposal.Refused(EditProblems.Invalid(errors.ToDictionary()));
            }

            var links = current.Document.ServiceAtLocations ?? [];
            var index = links.ToList().FindIndex(sal => sal.Id == link.Id);
            if (index >= 0)
            {
                return Proposal.Repeating(
                    current.Document with { ServiceAtLocations = [.. links.Take(index), link, .. links.Skip(index + 1)] },
                    EditProblems.RecordExists("service_at_location", link.Id));
            }

            if (links.FirstOrDefault(sal => sal.LocationId == (link.Location?.Id ?? link.LocationId)) is { } same)
            {
                return Proposal.Refused(EditProblems.Invalid("location_id", $"The service is already delivered there (service_at_location {same.Id}); change that one with PUT."));
            }

            return Proposal.Adding(
                current.Document with { ServiceAtLocations = [.. links, link] },
                $"{OpenReferralApi.BasePath}/service_at_locations/{link.Id}");
        }, cancellationToken);

    public static Task<IResult> ReplaceAsync(
        string id, string salId, JsonObject body, HttpRequest request, ClaimsPrincipal user, ServiceEditor editor, CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.LocationsChanged, current =>
        {
            var links = current.Document.ServiceAtLocations ?? [];
            var index = IndexOf(links, salId);
            if (index < 0)
            {
                return Proposal.Refused(EditProblems.NotFound("service_at_location"));
            }

            var errors = new ValidationErrors();
            if (!TryReadLink(body, links[index].Id, links[index].Id, current, errors, out var link))
            {
                return Proposal.Refused(EditProblems.Invalid(errors.ToDictionary()));
            }

            return Proposal.To(current.Document with { ServiceAtLocations = [.. links.Take(index), link, .. links.Skip(index + 1)] });
        }, cancellationToken);

    /// <summary>Stops delivering the service at a place; the schedules for that place go with it.</summary>
    public static Task<IResult> RemoveAsync(
        string id, string salId, HttpRequest request, ClaimsPrincipal user, ServiceEditor editor, CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.LocationsChanged, current =>
        {
            var links = current.Document.ServiceAtLocations ?? [];
            var index = IndexOf(links, salId);
            if (index < 0)
            {
                return Proposal.Refused(EditProblems.NotFound("service_at_location"));
            }

            var removed = links[index].Id;
            return Proposal.To(current.Document with
            {
                ServiceAtLocations = [.. links.Take(index), .. links.Skip(index + 1)],
                Schedules = (current.Document.Schedules ?? []).Where(s => s.ServiceAtLocationId != removed).ToList(),
            });
        }, cancellationToken);

    private static bool TryReadLink(
        JsonObject body, Guid salId, Guid? requiredId, StoredService current, ValidationErrors errors, out ServiceAtLocationDocument link)
    {
        link = null!;
        if (!RequestBody.TryRead<ServiceAtLocationDocument>(body, salId, requiredId, errors, out var read) || errors.Any)
        {
            return false;
        }

        LocationValidator.ValidateServiceAtLocation(read, "", errors);
        link = read with { ServiceId = current.Id, LocationId = read.Location?.Id ?? read.LocationId, Service = null, Distance = null };
        return !errors.Any;
    }

    private static int IndexOf(IReadOnlyList<ServiceAtLocationDocument> links, string salId) =>
        Guid.TryParse(salId, out var wanted) ? links.ToList().FindIndex(sal => sal.Id == wanted) : -1;
}
