using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Validation;

namespace Appointments.Api.Slots;

public static class SlotsApi
{
    public static IHostApplicationBuilder AddSlots(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FreeSlotSearch>();
        return builder;
    }

    /// <summary><c>GET /api/appointments/slots?service_id=&amp;from=&amp;to=</c>: free slots of a service, earliest first.</summary>
    public static IEndpointRouteBuilder MapSlotEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/appointments/slots", ListFreeSlotsAsync).RequireAuthorization(PlatformPolicies.Authenticated);
        return app;
    }

    private static async Task<Results<Ok<FreeSlotsResponse>, ValidationProblem>> ListFreeSlotsAsync(
        [FromQuery(Name = "service_id")] string? serviceId,
        [FromQuery] string? from,
        [FromQuery] string? to,
        FreeSlotSearch search,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (FreeSlotQuery.Parse(serviceId, from, to, errors) is not { } query)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var slots = await search.FindAsync(query, cancellationToken);
        return TypedResults.Ok(new FreeSlotsResponse(slots.Select(SlotResponse.From).ToList()));
    }
}
