using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Directory.V1;
using Platform.Contracts.Referrals.V1;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.ServiceClients;
using Platform.ServiceDefaults.Validation;

namespace Appointments.Api.Bookings;

/// <summary>Booking, reading and cancelling appointments under <c>/api/appointments</c>.</summary>
public static class BookingsApi
{
    public const string BasePath = "/api/appointments";
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IHostApplicationBuilder AddBookings(this IHostApplicationBuilder builder)
    {
        builder.AddServiceGrpcClient<DirectoryService.DirectoryServiceClient>("Directory");
        builder.AddServiceGrpcClient<ReferralsService.ReferralsServiceClient>("Referrals");
        builder.Services.AddScoped<ServiceAvailabilityCheck>();
        builder.Services.AddScoped<ReferralOwnershipCheck>();
        builder.Services.AddScoped<AppointmentAudit>();
        builder.Services.AddScoped<SlotBooking>();
        builder.Services.AddScoped<AppointmentLookup>();
        builder.Services.AddScoped<AppointmentCancellation>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBookingEndpoints(this IEndpointRouteBuilder app)
    {
        var appointments = app.MapGroup(BasePath).RequireAuthorization(PlatformPolicies.Authenticated);
        appointments.MapPost("", BookAsync)
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Resident, PlatformRoles.Referrer));
        appointments.MapGet("/mine", ListMineAsync).RequireAuthorization(PlatformPolicies.Resident);
        appointments.MapGet("/{id:guid}", GetAsync);
        appointments.MapPost("/{id:guid}/cancel", CancelAsync);
        return app;
    }

    private static async Task<Results<Created<AppointmentResponse>, Ok<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> BookAsync(
        BookingRequest? request,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        SlotBooking booking,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if ((request ?? BookingRequest.Empty).ToCommand(user, idempotencyKey, errors) is not { } command)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The booking could not be made: fix the fields named.");
        }

        var outcome = await booking.BookAsync(command, cancellationToken);
        return outcome switch
        {
            { Problem: { } problem } => problem.ToResult(),
            { IsReplay: true, Appointment: { } earlier } => TypedResults.Ok(earlier),
            _ => TypedResults.Created($"{BasePath}/{outcome.Appointment!.Id}", outcome.Appointment),
        };
    }

    private static async Task<Results<Ok<AppointmentsResponse>, ProblemHttpResult>> ListMineAsync(
        ClaimsPrincipal user, AppointmentLookup lookup, CancellationToken cancellationToken)
    {
        if (user.NhsNumber() is not { } nhsNumber)
        {
            return new FieldProblem(StatusCodes.Status403Forbidden, "nhs_number", "Your sign-in carries no NHS number.").ToResult();
        }

        return TypedResults.Ok(new AppointmentsResponse(await lookup.ForPersonAsync(nhsNumber, cancellationToken)));
    }

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, AppointmentLookup lookup, CancellationToken cancellationToken) =>
        ToResult(await lookup.FindAsync(id, user, cancellationToken));

    private static async Task<Results<Ok<AppointmentResponse>, ProblemHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal user, AppointmentCancellation cancellation, CancellationToken cancellationToken) =>
        ToResult(await cancellation.CancelAsync(id, user, cancellationToken));

    private static Results<Ok<AppointmentResponse>, ProblemHttpResult> ToResult(AppointmentOutcome outcome) =>
        outcome.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(outcome.Appointment);
}
