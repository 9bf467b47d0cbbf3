using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Appointments.Api.Bookings;
using Appointments.Api.Tests.Support;

namespace Appointments.Api.Tests;

/// <summary>Booking a place: the checks before it, the conditional update, the event, and retries.</summary>
public abstract class BookingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppointmentsFixture
{
    private readonly HttpClient _resident = fixture.ClientAs(Personas.Resident);
    private readonly HttpClient _resident2 = fixture.ClientAs(Personas.Resident2);
    private readonly HttpClient _gp = fixture.ClientAs(Personas.Gp);

    [Fact]
    public async Task A_resident_books_a_free_slot_and_AppointmentBooked_with_ids_only_is_in_the_outbox()
    {
        var slot = await fixture.TakeFreeSlotAsync();

        using var response = await _resident.BookAsync(slot.Id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appointment = (await response.Content.ReadFromJsonAsync<AppointmentResponse>())!;
        Assert.Equal($"/api/appointments/{appointment.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(slot.Id, appointment.SlotId);
        Assert.Equal(slot.ServiceId, appointment.ServiceId);
        Assert.Equal(Personas.Resident.NhsNumber, appointment.NhsNumber);
        Assert.Equal("booked", appointment.Status);
        Assert.Equal(new DateTimeOffset(slot.Start), appointment.Start);
        Assert.Equal(1, (await fixture.ReadSlotAsync(slot.Id)).Booked);

        var booked = await SingleEventOfAsync(appointment.Id);
        Assert.Equal(slot.Id, (Guid)booked["slotId"]!);
        Assert.Equal(slot.ServiceId, (Guid)booked["serviceId"]!);
        Assert.Null(booked["referralId"]);
        Assert.Equal(new DateTimeOffset(slot.Start), (DateTimeOffset)booked["start"]!);
        Assert.Equal(new DateTimeOffset(slot.End), (DateTimeOffset)booked["end"]!);
        Assert.DoesNotContain(Personas.Resident.NhsNumber!, booked.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Personas.Resident.Subject, booked.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_booking_of_a_full_single_place_slot_is_refused()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        await _resident.BookedAsync(slot.Id);

        using var second = await _resident2.BookAsync(slot.Id);

        var problem = await Problems.AssertNamesAsync(second, HttpStatusCode.Conflict, "slotId");
        Assert.Equal("That time has just been taken; choose another.", (string?)problem["title"]);
        Assert.Equal(1, (await fixture.ReadSlotAsync(slot.Id)).Booked);
    }

    [Fact]
    public async Task The_same_person_cannot_hold_two_places_in_one_group_slot()
    {
        var slot = await fixture.TakeFreeSlotAsync(AppointmentsFixture.WalkingGroupId, AppointmentsFixture.WalkPlaces);
        await _resident.BookedAsync(slot.Id);

        using var again = await _resident.BookAsync(slot.Id);

        await Problems.AssertNamesAsync(again, HttpStatusCode.Conflict, "slotId");
        Assert.Equal(1, (await fixture.ReadSlotAsync(slot.Id)).Booked);
    }

    [Fact]
    public async Task A_retry_with_the_same_Idempotency_Key_returns_the_same_appointment_and_books_once()
    {
        var slot = await fixture.TakeFreeSlotAsync(AppointmentsFixture.WalkingGroupId, AppointmentsFixture.WalkPlaces);
        var key = Guid.NewGuid().ToString();

        using var first = await _resident.BookAsync(slot.Id, key);
        using var retry = await _resident.BookAsync(slot.Id, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var original = (await first.Content.ReadFromJsonAsync<AppointmentResponse>())!;
        Assert.Equal(original, await retry.Content.ReadFromJsonAsync<AppointmentResponse>());
        Assert.Equal(1, (await fixture.ReadSlotAsync(slot.Id)).Booked);
        await SingleEventOfAsync(original.Id);
    }

    [Fact]
    public async Task An_Idempotency_Key_already_used_for_another_slot_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await _resident.BookAsync((await fixture.TakeFreeSlotAsync()).Id, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var reused = await _resident.BookAsync((await fixture.TakeFreeSlotAsync()).Id, key);

        await Problems.AssertNamesAsync(reused, HttpStatusCode.UnprocessableEntity, "Idempotency-Key");
    }

    [Fact]
    public async Task An_Idempotency_Key_longer_than_100_characters_is_a_400_naming_it()
    {
        using var response = await _resident.BookAsync((await fixture.TakeFreeSlotAsync()).Id, new string('k', 101));

        await Problems.AssertNamesAsync(response, HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task A_referral_that_is_not_the_residents_is_refused_without_saying_why()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        var someoneElses = fixture.Referrals.Add(Personas.Resident2.NhsNumber!, slot.ServiceId);

        using var response = await _resident.BookAsync(new { slotId = slot.Id, referralId = someoneElses });

        var problem = await Problems.AssertNamesAsync(response, HttpStatusCode.UnprocessableEntity, "referralId");
        Assert.Equal("This referral is not yours or is for another service.", (string?)problem["title"]);
        Assert.Equal(0, (await fixture.ReadSlotAsync(slot.Id)).Booked);
    }

    [Fact]
    public async Task A_referral_for_another_service_is_refused()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        var elsewhere = fixture.Referrals.Add(Personas.Resident.NhsNumber!, Guid.Parse(AppointmentsFixture.WalkingGroupId));

        using var response = await _resident.BookAsync(new { slotId = slot.Id, referralId = elsewhere });

        await Problems.AssertNamesAsync(response, HttpStatusCode.UnprocessableEntity, "referralId");
    }

    [Fact]
    public async Task A_booking_with_the_residents_own_referral_carries_it_in_the_event()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        var referralId = fixture.Referrals.Add(Personas.Resident.NhsNumber!, slot.ServiceId);

        using var response = await _resident.BookAsync(new { slotId = slot.Id, referralId });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appointment = (await response.Content.ReadFromJsonAsync<AppointmentResponse>())!;
        Assert.Equal(referralId, appointment.ReferralId);
        Assert.Equal(referralId, (Guid)(await SingleEventOfAsync(appointment.Id))["referralId"]!);
    }

    [Fact]
    public async Task Booking_an_unknown_slot_is_a_404_naming_slotId()
    {
        using var response = await _resident.BookAsync(Guid.NewGuid());

        await Problems.AssertNamesAsync(response, HttpStatusCode.NotFound, "slotId");
    }

    [Fact]
    public async Task A_booking_without_a_slotId_or_with_a_malformed_one_is_a_400_naming_it()
    {
        using var empty = await _resident.BookAsync(new { });
        using var malformed = await _resident.BookAsync(new { slotId = "saturday-morning", referralId = "mine" });

        await Problems.AssertNamesAsync(empty, HttpStatusCode.BadRequest, "slotId");
        var problem = await Problems.AssertNamesAsync(malformed, HttpStatusCode.BadRequest, "slotId");
        Assert.Contains("referralId", Problems.FieldsOf(problem));
    }

    [Fact]
    public async Task A_slot_of_a_service_the_directory_shows_as_closed_cannot_be_booked()
    {
        var slot = await fixture.AddSlotAsync(AppointmentsFixture.ClosedServiceId, capacity: 5);

        using var response = await _resident.BookAsync(slot.Id);

        await Problems.AssertNamesAsync(response, HttpStatusCode.UnprocessableEntity, "slotId");
        Assert.Equal(0, (await fixture.ReadSlotAsync(slot.Id)).Booked);
    }

    [Fact]
    public async Task A_referrer_books_on_a_patients_behalf()
    {
        var slot = await fixture.TakeFreeSlotAsync();

        using var response = await _gp.BookAsync(new { slotId = slot.Id, patientNhsNumber = "999 000 0026" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appointment = (await response.Content.ReadFromJsonAsync<AppointmentResponse>())!;
        Assert.Equal(Personas.Resident2.NhsNumber, appointment.NhsNumber);
        Assert.Equal("referrer", appointment.BookedByRole);
    }

    [Theory]
    [InlineData("9990000019")]
    [InlineData("999000001")]
    [InlineData("99900000AB")]
    [InlineData("")]
    public async Task A_referrer_booking_with_a_missing_or_invalid_NHS_number_is_a_400_naming_patientNhsNumber(string patientNhsNumber)
    {
        var slot = await fixture.TakeFreeSlotAsync();

        using var response = await _gp.BookAsync(new { slotId = slot.Id, patientNhsNumber });

        await Problems.AssertNamesAsync(response, HttpStatusCode.BadRequest, "patientNhsNumber");
        Assert.Equal(0, (await fixture.ReadSlotAsync(slot.Id)).Booked);
    }

    [Fact]
    public async Task A_resident_cannot_book_for_someone_else()
    {
        var slot = await fixture.TakeFreeSlotAsync();

        using var response = await _resident.BookAsync(new { slotId = slot.Id, patientNhsNumber = Personas.Resident2.NhsNumber });

        await Problems.AssertNamesAsync(response, HttpStatusCode.BadRequest, "patientNhsNumber");
    }

    [Fact]
    public async Task A_provider_cannot_book()
    {
        using var response = await fixture.ClientAs(Personas.Provider).BookAsync((await fixture.TakeFreeSlotAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<JsonNode> SingleEventOfAsync(Guid appointmentId)
    {
        var events = (await fixture.BookedEventsAsync()).Select(payload => JsonNode.Parse(payload)!);
        return Assert.Single(events, e => (Guid)e["appointmentId"]! == appointmentId);
    }
}

public sealed class BookingOnSqliteTests(SqliteAppointmentsFixture fixture) : BookingTests<SqliteAppointmentsFixture>(fixture);

public sealed class BookingOnPostgresTests(PostgresAppointmentsFixture fixture) : BookingTests<PostgresAppointmentsFixture>(fixture);
