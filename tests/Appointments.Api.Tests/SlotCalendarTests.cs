using System.Text.Json;
using Appointments.Api.DemoData;
using Appointments.Api.Tests.Support;

namespace Appointments.Api.Tests;

/// <summary>Weekly London sessions become UTC slots for four weeks, right across the clock changes.</summary>
public sealed class SlotCalendarTests
{
    private static readonly Guid ServiceId = Guid.NewGuid();

    [Fact]
    public void A_session_keeps_its_London_time_when_the_clocks_go_back()
    {
        // British Summer Time ends at 02:00 on Sunday 25 October 2026.
        var slots = SlotCalendar.SlotsFrom(At("2026-10-19T12:00:00Z"), [Weekly("SA", "09:30")]).ToList();

        Assert.Equal(At("2026-10-24T08:30:00Z").UtcDateTime, slots[0].Start);
        Assert.Equal(At("2026-10-31T09:30:00Z").UtcDateTime, slots[1].Start);
        Assert.All(slots, slot => Assert.Equal(DateTimeKind.Utc, slot.Start.Kind));
    }

    [Fact]
    public void A_session_keeps_its_London_time_when_the_clocks_go_forward()
    {
        // British Summer Time starts at 01:00 on Sunday 28 March 2027.
        var slots = SlotCalendar.SlotsFrom(At("2027-03-22T12:00:00Z"), [Weekly("SA", "09:30")]).ToList();

        Assert.Equal(At("2027-03-27T09:30:00Z").UtcDateTime, slots[0].Start);
        Assert.Equal(At("2027-04-03T08:30:00Z").UtcDateTime, slots[1].Start);
    }

    [Fact]
    public void A_session_lasts_its_minutes_even_across_the_change()
    {
        var overnight = Weekly("SA", "23:30", durationMinutes: 240);

        var slot = SlotCalendar.SlotsFrom(At("2026-10-19T12:00:00Z"), [overnight]).First();

        Assert.Equal(TimeSpan.FromMinutes(240), slot.End - slot.Start);
    }

    [Fact]
    public void A_session_in_the_hour_the_clocks_skip_does_not_happen_that_day()
    {
        var slots = SlotCalendar.SlotsFrom(At("2027-03-22T12:00:00Z"), [Weekly("SU", "01:30")]).ToList();

        Assert.DoesNotContain(slots, slot => slot.Start.Date == new DateTime(2027, 3, 28));
        Assert.Equal(At("2027-04-04T00:30:00Z").UtcDateTime, slots[0].Start);
    }

    [Fact]
    public void Slots_cover_four_weeks_from_today_in_London_leaving_out_those_already_started()
    {
        // Saturday 28 November 2026, 10:00 in London: the 09:30 session has started, the 10:30 one has not.
        var now = At("2026-11-28T10:00:00Z");

        var slots = SlotCalendar.SlotsFrom(now, [Weekly("SA", "09:30"), Weekly("SA", "10:30")]).ToList();

        Assert.Equal(3, slots.Count(s => s.Start.TimeOfDay == new TimeSpan(9, 30, 0)));
        Assert.Equal(4, slots.Count(s => s.Start.TimeOfDay == new TimeSpan(10, 30, 0)));
        Assert.All(slots, slot => Assert.True(slot.Start > now.UtcDateTime && slot.Start < new DateTime(2026, 12, 26)));
    }

    [Fact]
    public void Today_is_the_date_in_London_not_in_UTC()
    {
        // 23:30 UTC on Friday 3 July 2026 is already Saturday in London.
        var slots = SlotCalendar.SlotsFrom(At("2026-07-03T23:30:00Z"), [Weekly("FR", "09:00")]).ToList();

        Assert.Equal(At("2026-07-10T08:00:00Z").UtcDateTime, slots[0].Start);
        Assert.Equal(4, slots.Count);
    }

    [Fact]
    public void Every_demo_template_yields_slots_with_places()
    {
        var seed = JsonSerializer.Deserialize<AppointmentsSeedDocument>(
            File.ReadAllText(AppointmentsFixture.SeedPath),
            new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;

        Assert.All(seed.Templates, template =>
        {
            var slots = SlotCalendar.SlotsFrom(DateTimeOffset.UtcNow, [template]).ToList();
            Assert.NotEmpty(slots);
            Assert.All(slots, slot => Assert.True(slot.Capacity > 0 && slot.End > slot.Start));
        });
    }

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    private static SlotTemplateDocument Weekly(string byDay, string start, int durationMinutes = 60) =>
        new(ServiceId, LocationId: null, Description: null, [new SessionDocument(byDay, start, durationMinutes, Capacity: 1)]);
}
