using System.Net;
using Appointments.Api.Tests.Support;

namespace Appointments.Api.Tests;

/// <summary>Many people racing for the same places: never over-booked, never a 500, on either engine.</summary>
public abstract class ConcurrentBookingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : AppointmentsFixture
{
    private const int Racers = 8;

    [Fact]
    public async Task Eight_simultaneous_bookings_of_a_single_place_give_one_201_and_seven_409s()
    {
        var slot = await fixture.TakeFreeSlotAsync();

        var statuses = await RaceAsync(slot.Id);

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Racers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(1, (await fixture.ReadSlotAsync(slot.Id)).Booked);
    }

    [Fact]
    public async Task Simultaneous_bookings_of_a_three_place_slot_fill_it_exactly()
    {
        var slot = await fixture.AddSlotAsync(AppointmentsFixture.WalkingGroupId, capacity: 3);

        var statuses = await RaceAsync(slot.Id);

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Racers - 3, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(3, (await fixture.ReadSlotAsync(slot.Id)).Booked);
    }

    /// <summary>Each racer is a different resident on a warmed-up connection; all are released at once.</summary>
    private async Task<HttpStatusCode[]> RaceAsync(Guid slotId)
    {
        var clients = Personas.OtherResidents(Racers).Select(fixture.ClientAs).ToList();
        foreach (var client in clients)
        {
            (await client.GetAsync("/health/live")).Dispose();
        }

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bookings = clients.Select(async client =>
        {
            await go.Task;
            using var response = await client.BookAsync(slotId);
            return response.StatusCode;
        }).ToList();
        go.SetResult();
        return await Task.WhenAll(bookings);
    }
}

public sealed class ConcurrentBookingOnSqliteTests(SqliteAppointmentsFixture fixture) : ConcurrentBookingTests<SqliteAppointmentsFixture>(fixture);

public sealed class ConcurrentBookingOnPostgresTests(PostgresAppointmentsFixture fixture) : ConcurrentBookingTests<PostgresAppointmentsFixture>(fixture);
