using Directory.Api.History;
using Directory.Api.OpenReferral;
using Platform.ServiceDefaults.Authentication;

namespace Directory.Api.Editing;

/// <summary>
/// Providers keep their own entries current, administrators any: the writes beside the read-only feed,
/// under the same <c>/api/directory</c> path. The gateway lets the whole path through without a token
/// (the feed is open data), so these endpoints require one themselves: a provider's or an administrator's.
/// </summary>
public static class EditingApi
{
    public static IEndpointRouteBuilder MapDirectoryEditing(this IEndpointRouteBuilder app)
    {
        var editing = app.MapGroup(OpenReferralApi.BasePath).WithTags("Directory editing").RequireAuthorization(PlatformPolicies.Provider);
        editing.MapPost("/services", ServiceEditEndpoints.CreateAsync);
        editing.MapPut("/services/{id}", ServiceEditEndpoints.ReplaceAsync);
        editing.MapPatch("/services/{id}", ServiceEditEndpoints.ChangeStatusAsync);
        editing.MapPost("/services/{id}/schedules", ScheduleEditEndpoints.AddAsync);
        editing.MapPut("/services/{id}/schedules/{scheduleId}", ScheduleEditEndpoints.ReplaceAsync);
        editing.MapDelete("/services/{id}/schedules/{scheduleId}", ScheduleEditEndpoints.RemoveAsync);
        editing.MapPost("/services/{id}/service_at_locations", ServiceAtLocationEditEndpoints.AddAsync);
        editing.MapPut("/services/{id}/service_at_locations/{salId}", ServiceAtLocationEditEndpoints.ReplaceAsync);
        editing.MapDelete("/services/{id}/service_at_locations/{salId}", ServiceAtLocationEditEndpoints.RemoveAsync);
        editing.MapGet("/services/{id}/history", HistoryEndpoints.ListAsync);
        editing.MapGet("/services/{id}/history/{version}", HistoryEndpoints.GetAsync);
        return app;
    }
}
