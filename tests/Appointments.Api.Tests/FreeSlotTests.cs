using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Appointments.Api.Slots;
using Appointments.Api.Tests.Support;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Appointments.V1;

namespace Appointments.Api.Tests;

/// <summary>Listing the free slots of a service, over REST and over gRPC for the Portal.</summary>
public abstract class FreeSlotTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppointmentsFixture
{
    private readonly HttpClient _resident = fixture.ClientAs(Personas.Resident);

    [Fact]
    public async Task Free_slots_of_a_service_are_listed_earliest_first_all_in_the_future_with_places_left()
    {
        var now = DateTimeOffset.UtcNow;
        var slots = await ListAsync(AppointmentsFixture.TalkingTherapiesId, now.AddDays(-1), now.AddDays(14));

        Assert.NotEmpty(slots);
        Assert.All(slots, slot =>
        {
            Assert.Equal(Guid.Parse(AppointmentsFixture.TalkingTherapiesId), slot.ServiceId);
            Assert.True(slot.Start > now);
            Assert.True(slot.Start < now.AddDays(14));
            Assert.True(slot.PlacesLeft > 0);
            Assert.Equal("free", slot.Status);
            Assert.Equal(TimeSpan.Zero, slot.Start.Offset);
        });
        Assert.Equal(slots.OrderBy(s => s.Start).Select(s => s.Id), slots.Select(s => s.Id));
    }

    [Fact]
    public async Task A_full_slot_is_not_listed_as_free()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        await _resident.BookedAsync(slot.Id);

        var slots = await ListAsync(AppointmentsFixture.TalkingTherapiesId, slot.Start.AddHours(-1), slot.Start.AddHours(1));

        Assert.DoesNotContain(slot.Id, slots.Select(s => s.Id));
    }

    [Fact]
    public async Task Missing_parameters_are_a_400_naming_each_one()
    {
        using var response = await _resident.GetAsync("/api/appointments/slots");

        var problem = await Problems.AssertNamesAsync(response, HttpStatusCode.BadRequest, "service_id");
        Assert.Equal(["from", "service_id", "to"], Problems.FieldsOf(problem).Order());
    }

    [Fact]
    public async Task A_malformed_service_id_and_time_are_a_400_naming_them()
    {
        using var response = await _resident.GetAsync("/api/appointments/slots?service_id=walking&from=next-tuesday&to=2026-12-01");

        var problem = await Problems.AssertNamesAsync(response, HttpStatusCode.BadRequest, "service_id");
        Assert.Equal(["from", "service_id"], Problems.FieldsOf(problem).Order());
    }

    [Theory]
    [InlineData(32)]
    [InlineData(-1)]
    [InlineData(0)]
    public async Task A_window_longer_than_31_days_or_ending_before_it_starts_is_a_400_naming_to(int days)
    {
        var from = DateTimeOffset.UtcNow;
        using var response = await _resident.GetAsync(Query(AppointmentsFixture.TalkingTherapiesId, from, from.AddDays(days)));

        await Problems.AssertNamesAsync(response, HttpStatusCode.BadRequest, "to");
    }

    [Fact]
    public async Task Listing_slots_needs_a_token()
    {
        using var anonymous = fixture.AnonymousClient();
        var now = DateTimeOffset.UtcNow;

        using var response = await anonymous.GetAsync(Query(AppointmentsFixture.TalkingTherapiesId, now, now.AddDays(7)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListFreeSlots_over_gRPC_gives_the_same_slots_as_REST_and_honours_max_results()
    {
        var from = DateTimeOffset.UtcNow;
        var to = from.AddDays(10);
        var client = new AppointmentsService.AppointmentsServiceClient(fixture.Host.CreateGrpcChannel());
        var request = new ListFreeSlotsRequest
        {
            ServiceId = AppointmentsFixture.TalkingTherapiesId,
            From = Timestamp.FromDateTimeOffset(from),
            To = Timestamp.FromDateTimeOffset(to),
        };

        var all = await client.ListFreeSlotsAsync(request);
        var overRest = await ListAsync(AppointmentsFixture.TalkingTherapiesId, from, to);
        request.MaxResults = 3;
        var firstThree = await client.ListFreeSlotsAsync(request);

        Assert.Equal(overRest.Select(s => s.Id.ToString()), all.Slots.Select(s => s.SlotId));
        Assert.Equal(overRest.Select(s => s.Start), all.Slots.Select(s => s.Start.ToDateTimeOffset()));
        Assert.Equal(overRest.Select(s => s.LocationId?.ToString() ?? ""), all.Slots.Select(s => s.LocationId));
        Assert.Equal(all.Slots.Take(3), firstThree.Slots);
    }

    [Fact]
    public async Task ListFreeSlots_without_a_window_or_with_a_bad_service_id_is_InvalidArgument()
    {
        var client = new AppointmentsService.AppointmentsServiceClient(fixture.Host.CreateGrpcChannel());

        var failure = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ListFreeSlotsAsync(new ListFreeSlotsRequest { ServiceId = "walking" }));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Contains("service_id", failure.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("from is required", failure.Status.Detail, StringComparison.Ordinal);
    }

    private async Task<List<SlotResponse>> ListAsync(string serviceId, DateTimeOffset from, DateTimeOffset to)
    {
        var body = await _resident.GetFromJsonAsync<FreeSlotsResponse>(Query(serviceId, from, to));
        return [.. body!.Slots];
    }

    private static string Query(string serviceId, DateTimeOffset from, DateTimeOffset to) =>
        $"/api/appointments/slots?service_id={serviceId}&from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}" +
        $"&to={Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture))}";
}

public sealed class FreeSlotOnSqliteTests(SqliteAppointmentsFixture fixture) : FreeSlotTests<SqliteAppointmentsFixture>(fixture);

public sealed class FreeSlotOnPostgresTests(PostgresAppointmentsFixture fixture) : FreeSlotTests<PostgresAppointmentsFixture>(fixture);
