using System.Net;
using System.Net.Http.Json;
using Appointments.Api.Bookings;
using Appointments.Api.Tests.Support;

namespace Appointments.Api.Tests;

/// <summary>Who may read and cancel an appointment, and the audit record every access leaves.</summary>
public abstract class AppointmentAccessTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppointmentsFixture
{
    private readonly HttpClient _resident = fixture.ClientAs(Personas.Resident);
    private readonly HttpClient _resident2 = fixture.ClientAs(Personas.Resident2);

    [Fact]
    public async Task A_resident_sees_their_appointments_and_no_one_elses_in_mine()
    {
        var mine = await _resident.BookedAsync((await fixture.TakeFreeSlotAsync()).Id);
        var theirs = await _resident2.BookedAsync((await fixture.TakeFreeSlotAsync()).Id);

        var listed = (await _resident.GetFromJsonAsync<AppointmentsResponse>("/api/appointments/mine"))!.Appointments;

        Assert.Contains(mine, listed);
        Assert.DoesNotContain(listed, a => a.Id == theirs.Id);
        Assert.All(listed, a => Assert.Equal(Personas.Resident.NhsNumber, a.NhsNumber));
        Assert.Equal(listed.OrderBy(a => a.Start).Select(a => a.Id), listed.Select(a => a.Id));
        Assert.Contains(await fixture.AuditOfAsync(mine.Id), a => a.Action == AppointmentAudit.Read && a.Outcome == "allowed");
    }

    [Fact]
    public async Task Another_resident_cannot_read_an_appointment_and_the_attempt_is_audited_as_denied()
    {
        var appointment = await _resident.BookedAsync((await fixture.TakeFreeSlotAsync()).Id);

        using var response = await _resident2.GetAsync($"/api/appointments/{appointment.Id}");

        await Problems.AssertNamesAsync(response, HttpStatusCode.NotFound, "id");
        var denied = Assert.Single(await fixture.AuditOfAsync(appointment.Id), a => a.Outcome == "denied");
        Assert.Equal(AppointmentAudit.Read, denied.Action);
        Assert.Equal(Personas.Resident2.Subject, denied.ActorSubject);
        Assert.Equal(Personas.Resident.NhsNumber, denied.SubjectNhsNumber);
    }

    [Fact]
    public async Task The_person_it_is_for_the_referrer_who_booked_it_and_an_admin_can_read_it()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        using var booking = await fixture.ClientAs(Personas.Gp).BookAsync(new { slotId = slot.Id, patientNhsNumber = Personas.Resident.NhsNumber });
        var appointment = (await booking.Content.ReadFromJsonAsync<AppointmentResponse>())!;
        var path = $"/api/appointments/{appointment.Id}";

        Assert.Equal(appointment, await _resident.GetFromJsonAsync<AppointmentResponse>(path));
        Assert.Equal(appointment, await fixture.ClientAs(Personas.Gp).GetFromJsonAsync<AppointmentResponse>(path));
        Assert.Equal(appointment, await fixture.ClientAs(Personas.Admin).GetFromJsonAsync<AppointmentResponse>(path));
        using var stranger = await _resident2.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task Cancelling_frees_the_place_and_cancelling_again_is_a_409()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        var appointment = await _resident.BookedAsync(slot.Id);

        using var cancel = await _resident.PostAsync($"/api/appointments/{appointment.Id}/cancel", null);
        using var again = await _resident.PostAsync($"/api/appointments/{appointment.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var cancelled = (await cancel.Content.ReadFromJsonAsync<AppointmentResponse>())!;
        Assert.Equal("cancelled", cancelled.Status);
        Assert.NotNull(cancelled.CancelledAt);
        await Problems.AssertNamesAsync(again, HttpStatusCode.Conflict, "id");
        Assert.Equal(0, (await fixture.ReadSlotAsync(slot.Id)).Booked);
        await _resident2.BookedAsync(slot.Id);
    }

    [Fact]
    public async Task Another_resident_cannot_cancel_and_the_attempt_is_audited_as_denied()
    {
        var slot = await fixture.TakeFreeSlotAsync();
        var appointment = await _resident.BookedAsync(slot.Id);

        using var response = await _resident2.PostAsync($"/api/appointments/{appointment.Id}/cancel", null);

        await Problems.AssertNamesAsync(response, HttpStatusCode.NotFound, "id");
        Assert.Equal(1, (await fixture.ReadSlotAsync(slot.Id)).Booked);
        var denied = Assert.Single(await fixture.AuditOfAsync(appointment.Id), a => a.Outcome == "denied");
        Assert.Equal(AppointmentAudit.Cancel, denied.Action);
    }

    [Fact]
    public async Task Booking_reading_and_cancelling_each_leave_an_audit_record_of_who_and_whose()
    {
        var appointment = await _resident.BookedAsync((await fixture.TakeFreeSlotAsync()).Id);
        (await _resident.GetAsync($"/api/appointments/{appointment.Id}")).Dispose();
        (await _resident.PostAsync($"/api/appointments/{appointment.Id}/cancel", null)).Dispose();

        var audit = await fixture.AuditOfAsync(appointment.Id);

        Assert.Equal([AppointmentAudit.Book, AppointmentAudit.Read, AppointmentAudit.Cancel], audit.Select(a => a.Action));
        Assert.All(audit, record =>
        {
            Assert.Equal("allowed", record.Outcome);
            Assert.Equal(AppointmentAudit.ResourceType, record.ResourceType);
            Assert.Equal(Personas.Resident.Subject, record.ActorSubject);
            Assert.Equal("resident", record.ActorRole);
            Assert.Equal(Personas.Resident.NhsNumber, record.SubjectNhsNumber);
            Assert.False(string.IsNullOrWhiteSpace(record.Reason));
        });
    }

    [Fact]
    public async Task Only_a_resident_has_a_mine_list()
    {
        using var response = await fixture.ClientAs(Personas.Gp).GetAsync("/api/appointments/mine");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class AppointmentAccessOnSqliteTests(SqliteAppointmentsFixture fixture) : AppointmentAccessTests<SqliteAppointmentsFixture>(fixture);

public sealed class AppointmentAccessOnPostgresTests(PostgresAppointmentsFixture fixture) : AppointmentAccessTests<PostgresAppointmentsFixture>(fixture);
