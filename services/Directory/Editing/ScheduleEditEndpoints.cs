using System.Security.Claims;
using System.Text.Json.Nodes;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// A service's schedules one at a time: <c>POST /services/{id}/schedules</c>, and <c>PUT</c> or <c>DELETE</c>
/// <c>/services/{id}/schedules/{scheduleId}</c>. Bodies are ORUK schedule documents; each answer is the
/// whole service with its new ETag, which the next edit sends back.
/// </summary>
public static class ScheduleEditEndpoints
{
    public static Task<IResult> AddAsync(
        string id,
        JsonObject body,
        [FromHeader(Name = RequestBody.IdempotencyHeader)] string? idempotencyKey,
        HttpRequest request,
        ClaimsPrincipal user,
        ServiceEditor editor,
        CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.SchedulesChanged, current =>
        {
            var errors = new ValidationErrors();
            RequestBody.CheckIdempotencyKey(idempotencyKey, errors);
            var scheduleId = RequestBody.NewRecordId(body, current.Id, "schedule", idempotencyKey);
            if (!TryReadSchedule(body, scheduleId, requiredId: null, current, errors, out var schedule))
            {
                return Proposal.Refused(EditProblems.Invalid(errors.ToDictionary()));
            }

            var schedules = current.Document.Schedules ?? [];
            var index = schedules.ToList().FindIndex(s => s.Id == schedule.Id);
            if (index >= 0)
            {
                return Proposal.Repeating(
                    current.Document with { Schedules = [.. schedules.Take(index), schedule, .. schedules.Skip(index + 1)] },
                    EditProblems.RecordExists("schedule", schedule.Id));
            }

            return Proposal.Adding(
                current.Document with { Schedules = [.. schedules, schedule] },
                $"{OpenReferralApi.BasePath}/services/{current.Id}/schedules/{schedule.Id}");
        }, cancellationToken);

    public static Task<IResult> ReplaceAsync(
        string id, string scheduleId, JsonObject body, HttpRequest request, ClaimsPrincipal user, ServiceEditor editor, CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.SchedulesChanged, current =>
        {
            var schedules = current.Document.Schedules ?? [];
            var index = IndexOf(schedules, scheduleId);
            if (index < 0)
            {
                return Proposal.Refused(EditProblems.NotFound("schedule"));
            }

            var errors = new ValidationErrors();
            if (!TryReadSchedule(body, schedules[index].Id, schedules[index].Id, current, errors, out var schedule))
            {
                return Proposal.Refused(EditProblems.Invalid(errors.ToDictionary()));
            }

            return Proposal.To(current.Document with { Schedules = [.. schedules.Take(index), schedule, .. schedules.Skip(index + 1)] });
        }, cancellationToken);

    public static Task<IResult> RemoveAsync(
        string id, string scheduleId, HttpRequest request, ClaimsPrincipal user, ServiceEditor editor, CancellationToken cancellationToken) =>
        editor.EditAsync(id, request.Headers.IfMatch, user, DirectoryServiceChangeKinds.SchedulesChanged, current =>
        {
            var schedules = current.Document.Schedules ?? [];
            var index = IndexOf(schedules, scheduleId);
            return index < 0
                ? Proposal.Refused(EditProblems.NotFound("schedule"))
                : Proposal.To(current.Document with { Schedules = [.. schedules.Take(index), .. schedules.Skip(index + 1)] });
        }, cancellationToken);

    private static bool TryReadSchedule(
        JsonObject body, Guid scheduleId, Guid? requiredId, StoredService current, ValidationErrors errors, out ScheduleDocument schedule)
    {
        schedule = null!;
        if (!RequestBody.TryRead<ScheduleDocument>(body, scheduleId, requiredId, errors, out var read) || errors.Any)
        {
            return false;
        }

        schedule = read with { ServiceId = current.Id };
        ScheduleValidator.Validate(schedule, "", errors);
        if (schedule.ServiceAtLocationId is { } salId && (current.Document.ServiceAtLocations ?? []).All(sal => sal.Id != salId))
        {
            errors.Add("service_at_location_id", $"{salId} is not one of this service's service_at_locations.");
        }

        return !errors.Any;
    }

    private static int IndexOf(IReadOnlyList<ScheduleDocument> schedules, string scheduleId) =>
        Guid.TryParse(scheduleId, out var wanted) ? schedules.ToList().FindIndex(s => s.Id == wanted) : -1;
}
