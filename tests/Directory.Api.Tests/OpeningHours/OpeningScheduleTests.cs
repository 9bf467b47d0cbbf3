using static Directory.Api.Tests.OpeningHours.ScheduleRows;

namespace Directory.Api.Tests.OpeningHours;

/// <summary>
/// Open now, open at a London time, and the next opening, from ORUK schedule rows. Dates used:
/// 2026-11-27 is a Friday; British Summer Time runs from 2026-03-29 to 2026-10-25.
/// </summary>
public sealed class OpeningScheduleTests
{
    [Fact]
    public void Weekday_office_hours_are_open_on_a_weekday_and_closed_in_the_evening_and_at_the_weekend()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        Assert.True(hours.IsOpenAt(Utc("2026-11-25T11:00"))); // Wednesday
        Assert.False(hours.IsOpenAt(Utc("2026-11-25T18:00")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-25T08:00")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-28T11:00"))); // Saturday
        Assert.False(hours.IsOpenAt(Utc("2026-11-29T11:00"))); // Sunday
    }

    [Fact]
    public void The_opening_time_is_open_and_the_closing_time_is_closed()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        Assert.False(hours.IsOpenAt(Utc("2026-11-25T08:59:59")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-25T09:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-25T16:59:59")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-25T17:00")));
    }

    [Fact]
    public void A_Saturday_only_service_is_open_on_Saturday_and_closed_on_Friday_and_Sunday()
    {
        var hours = Hours(Weekly("SA", "09:30", "12:00"));

        Assert.True(hours.IsOpenAt(Utc("2026-11-28T10:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-27T10:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-29T10:30")));
    }

    [Fact]
    public void Hours_are_London_clock_times_in_winter_and_in_summer()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        // January, GMT: 09:30 in London is 09:30Z.
        Assert.True(hours.IsOpenAt(Utc("2026-01-14T09:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-01-14T08:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-01-14T17:00")));
        // July, BST: 09:30 in London is 08:30Z, and 17:00 is 16:00Z.
        Assert.True(hours.IsOpenAt(Utc("2026-07-15T08:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-07-15T07:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-07-15T16:30")));
        Assert.True(hours.IsOpenAt(London("2026-07-15T09:30")));
        Assert.True(hours.IsOpenAt(London("2026-01-14T09:30")));
    }

    [Fact]
    public void Across_the_spring_forward_gap_a_service_open_01_00_to_03_00_is_open_for_one_real_hour()
    {
        // 2026-03-29: at 01:00Z London's clocks jump from 01:00 GMT to 02:00 BST.
        var hours = Hours(Weekly("SU", "01:00", "03:00"));

        Assert.False(hours.IsOpenAt(Utc("2026-03-29T00:59")));
        Assert.True(hours.IsOpenAt(Utc("2026-03-29T01:00"))); // 02:00 BST
        Assert.True(hours.IsOpenAt(Utc("2026-03-29T01:30"))); // 02:30 BST
        Assert.False(hours.IsOpenAt(Utc("2026-03-29T02:00"))); // 03:00 BST
        // A clock reading the gap skipped is read as if the clocks had not yet gone forward.
        Assert.True(hours.IsOpenAt(London("2026-03-29T01:30")));
    }

    [Fact]
    public void Across_the_autumn_repeated_hour_a_service_open_01_00_to_03_00_is_open_for_three_real_hours()
    {
        // 2026-10-25: at 01:00Z London's clocks go back from 02:00 BST to 01:00 GMT, so 01:00-02:00 happens twice.
        var hours = Hours(Weekly("SU", "01:00", "03:00"));

        Assert.False(hours.IsOpenAt(Utc("2026-10-24T23:59"))); // 00:59 BST
        Assert.True(hours.IsOpenAt(Utc("2026-10-25T00:00"))); // 01:00 BST, the first time
        Assert.True(hours.IsOpenAt(Utc("2026-10-25T00:30"))); // 01:30 BST
        Assert.True(hours.IsOpenAt(Utc("2026-10-25T01:30"))); // 01:30 GMT, the second time
        Assert.True(hours.IsOpenAt(Utc("2026-10-25T02:59"))); // 02:59 GMT
        Assert.False(hours.IsOpenAt(Utc("2026-10-25T03:00"))); // 03:00 GMT
        Assert.True(hours.IsOpenAt(London("2026-10-25T01:30")));
    }

    [Fact]
    public void In_the_repeated_hour_a_service_closing_at_01_30_stays_open_until_the_second_01_30()
    {
        var hours = Hours(Weekly("SA", "22:00", "01:30"));

        Assert.True(hours.IsOpenAt(Utc("2026-10-25T00:45"))); // 01:45 BST: between the two 01:30s
        Assert.True(hours.IsOpenAt(Utc("2026-10-25T01:29"))); // 01:29 GMT
        Assert.False(hours.IsOpenAt(Utc("2026-10-25T01:30"))); // 01:30 GMT
    }

    [Fact]
    public void An_overnight_opening_runs_past_midnight_into_the_next_day()
    {
        var hours = Hours(Weekly("FR", "20:00", "02:00"));

        Assert.False(hours.IsOpenAt(Utc("2026-11-27T19:59")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-27T23:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-28T01:30"))); // Saturday, but Friday's opening
        Assert.False(hours.IsOpenAt(Utc("2026-11-28T02:00")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-28T21:00"))); // Saturday evening: not listed
        Assert.False(hours.IsOpenAt(Utc("2026-11-27T01:30"))); // Thursday's night: not listed
    }

    [Fact]
    public void A_Sunday_night_opening_runs_into_Monday_morning()
    {
        var hours = Hours(Weekly("SU", "20:00", "02:00"));

        Assert.True(hours.IsOpenAt(Utc("2026-11-29T21:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-30T01:00"))); // Monday
        Assert.False(hours.IsOpenAt(Utc("2026-11-30T02:00")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-30T21:00"))); // Monday night
        // In summer: Monday 01:30 BST is 00:30Z, and 02:00 BST is 01:00Z.
        Assert.True(hours.IsOpenAt(Utc("2026-07-20T00:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-07-20T01:00")));
    }

    [Fact]
    public void Opening_at_midnight_and_closing_at_23_59_is_open_all_day_including_the_last_minute()
    {
        var hours = Hours(Weekly("MO", "00:00", "23:59"));

        Assert.False(hours.IsOpenAt(Utc("2026-11-29T23:59:59"))); // Sunday
        Assert.True(hours.IsOpenAt(Utc("2026-11-30T00:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-30T23:59:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-12-01T00:00"))); // Tuesday
    }

    [Fact]
    public void Closing_at_the_opening_time_means_open_for_24_hours()
    {
        var hours = Hours(Weekly("FR", "09:00", "09:00"));

        Assert.True(hours.IsOpenAt(Utc("2026-11-27T09:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-28T08:59")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-28T09:00")));
    }

    [Fact]
    public void Valid_from_and_valid_to_are_inclusive()
    {
        var row = Weekly("MO,TU,WE,TH,FR", "09:00", "17:00");
        row.ValidFrom = Date("2026-11-02"); // a Monday
        row.ValidTo = Date("2026-11-13"); // a Friday
        var hours = Hours(row);

        Assert.False(hours.IsOpenAt(Utc("2026-10-30T10:00"))); // the Friday before
        Assert.True(hours.IsOpenAt(Utc("2026-11-02T09:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-13T16:59")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-16T10:00"))); // the Monday after
    }

    [Fact]
    public void An_overnight_opening_counts_as_the_day_it_started_for_valid_from_and_valid_to()
    {
        var endsFriday = Weekly("FR", "20:00", "02:00");
        endsFriday.ValidTo = Date("2026-11-13");
        var startsSaturday = Weekly("FR", "20:00", "02:00");
        startsSaturday.ValidFrom = Date("2026-11-14");

        // Friday 13th's opening runs into Saturday 14th: valid on the 13th, so open.
        Assert.True(Hours(endsFriday).IsOpenAt(Utc("2026-11-14T01:00")));
        // The same night under a schedule valid from the 14th: it started on the 13th, so closed.
        Assert.False(Hours(startsSaturday).IsOpenAt(Utc("2026-11-14T01:00")));
        Assert.True(Hours(startsSaturday).IsOpenAt(Utc("2026-11-21T01:00")));
    }

    [Fact]
    public void Weekday_services_are_closed_on_Christmas_Day_and_the_substitute_Boxing_Day()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        Assert.True(hours.IsOpenAt(Utc("2026-12-24T10:00"))); // Thursday
        Assert.False(hours.IsOpenAt(Utc("2026-12-25T10:00"))); // Friday, Christmas Day
        Assert.False(hours.IsOpenAt(Utc("2026-12-28T10:00"))); // Monday, Boxing Day (substitute day)
        Assert.True(hours.IsOpenAt(Utc("2026-12-29T10:00")));
    }

    [Fact]
    public void Weekday_services_are_closed_on_Good_Friday_and_Easter_Monday()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        Assert.True(hours.IsOpenAt(Utc("2027-03-25T10:00")));
        Assert.False(hours.IsOpenAt(Utc("2027-03-26T10:00"))); // Good Friday
        Assert.False(hours.IsOpenAt(London("2027-03-29T10:00"))); // Easter Monday
        Assert.True(hours.IsOpenAt(London("2027-03-30T10:00")));
    }

    [Fact]
    public void An_overnight_opening_that_starts_the_evening_before_a_bank_holiday_runs_into_it()
    {
        var hours = Hours(Weekly("TH,FR", "20:00", "02:00"));

        Assert.True(hours.IsOpenAt(Utc("2027-03-26T01:00"))); // Thursday night, into Good Friday
        Assert.False(hours.IsOpenAt(Utc("2027-03-26T21:00"))); // Good Friday's own opening does not happen
        Assert.False(hours.IsOpenAt(Utc("2027-03-27T01:00")));
    }

    [Fact]
    public void A_service_open_around_the_clock_every_day_stays_open_on_bank_holidays()
    {
        var inOneRow = Hours(Weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59"));
        var inSevenRows = Hours([.. new[] { "MO", "TU", "WE", "TH", "FR", "SA", "SU" }.Select(day => Weekly(day, "00:00", "23:59"))]);

        Assert.True(inOneRow.IsOpenAt(Utc("2026-12-25T12:00")));
        Assert.True(inOneRow.IsOpenAt(Utc("2026-12-28T23:59:30")));
        Assert.True(inSevenRows.IsOpenAt(Utc("2026-12-25T03:00")));
    }

    [Fact]
    public void A_service_open_every_day_but_not_around_the_clock_closes_on_bank_holidays()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR,SA,SU", "08:00", "20:00"));

        Assert.True(hours.IsOpenAt(Utc("2026-12-24T12:00")));
        Assert.False(hours.IsOpenAt(Utc("2026-12-25T12:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-12-26T12:00"))); // Saturday 26th: the holiday moved to Monday
    }

    [Fact]
    public void A_fortnightly_session_runs_every_other_week_counted_from_dtstart()
    {
        var row = Weekly("TU", "10:00", "12:00");
        row.Interval = 2;
        row.DtStart = "2026-11-03";
        var hours = Hours(row);

        Assert.False(hours.IsOpenAt(Utc("2026-10-27T10:30"))); // before the first session
        Assert.True(hours.IsOpenAt(Utc("2026-11-03T10:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-10T10:30")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-17T10:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-24T10:30")));
        Assert.True(hours.IsOpenAt(Utc("2026-12-01T10:30")));
    }

    [Fact]
    public void A_fortnightly_session_without_dtstart_counts_from_valid_from_and_without_either_is_never_open()
    {
        var fromValidFrom = Weekly("TU", "10:00", "12:00");
        fromValidFrom.Interval = 2;
        fromValidFrom.ValidFrom = Date("2026-11-02"); // the Monday of the first session's week
        var unanchored = Weekly("TU", "10:00", "12:00");
        unanchored.Interval = 2;

        Assert.True(Hours(fromValidFrom).IsOpenAt(Utc("2026-11-03T10:30")));
        Assert.False(Hours(fromValidFrom).IsOpenAt(Utc("2026-11-10T10:30")));
        Assert.True(Hours(fromValidFrom).IsOpenAt(Utc("2026-11-17T10:30")));
        Assert.False(Hours(unanchored).IsOpenAt(Utc("2026-11-03T10:30")));
        Assert.False(Hours(unanchored).IsOpenAt(Utc("2026-11-10T10:30")));
    }

    [Fact]
    public void A_monthly_first_Saturday_session_runs_on_the_first_Saturday_only()
    {
        var hours = Hours(Monthly("10:00", "12:00", byDay: "1SA"));

        Assert.True(hours.IsOpenAt(Utc("2026-11-07T10:30")));
        Assert.True(hours.IsOpenAt(Utc("2026-12-05T10:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-12-12T10:30")));
        Assert.True(hours.IsOpenAt(Utc("2027-01-02T10:30")));
    }

    [Fact]
    public void A_monthly_last_Friday_session_runs_on_the_last_Friday_only()
    {
        var hours = Hours(Monthly("14:00", "16:00", byDay: "-1FR"));

        Assert.False(hours.IsOpenAt(Utc("2026-11-20T14:30")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-27T14:30")));
        Assert.True(hours.IsOpenAt(Utc("2027-01-29T14:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-12-25T14:30"))); // December's last Friday is Christmas Day
    }

    [Fact]
    public void A_monthly_session_by_month_day_counts_negative_days_from_the_end_of_the_month()
    {
        var hours = Hours(Monthly("10:00", "12:00", byMonthDay: "1,-1"));

        Assert.True(hours.IsOpenAt(Utc("2026-02-28T10:30"))); // the last day of February 2026
        Assert.False(hours.IsOpenAt(Utc("2026-02-27T10:30")));
        Assert.True(hours.IsOpenAt(Utc("2026-03-01T10:30")));
        Assert.True(hours.IsOpenAt(Utc("2026-11-30T10:30")));
    }

    [Fact]
    public void An_open_at_time_is_read_as_London_clock_time()
    {
        var hours = Hours(Monthly("10:00", "12:00", byDay: "1SA"));

        Assert.True(hours.IsOpenAt(London("2026-12-05T10:00")));
        Assert.False(hours.IsOpenAt(London("2026-12-05T12:00")));
        // In July the same clock reading is an hour earlier in UTC: 10:00 BST is 09:00Z.
        Assert.True(hours.IsOpenAt(London("2026-07-04T10:00")));
        Assert.True(hours.IsOpenAt(Utc("2026-07-04T09:00")));
        Assert.False(hours.IsOpenAt(Utc("2026-07-04T11:00")));
    }

    [Fact]
    public void Rows_that_do_not_say_enough_to_compute_never_make_a_service_open()
    {
        var noTimes = Weekly("MO,TU,WE,TH,FR", "09:00", "17:00");
        noTimes.OpensAt = null;
        var daily = Weekly("MO,TU,WE,TH,FR", "09:00", "17:00");
        daily.Freq = "DAILY";
        var ordinalWeekly = Weekly("1MO", "09:00", "17:00");
        var unknownDay = Weekly("MO,XX", "09:00", "17:00");
        var weeklyByMonthDay = Weekly("MO", "09:00", "17:00");
        weeklyByMonthDay.ByMonthDay = "1";
        var badDtStart = Weekly("MO", "09:00", "17:00");
        badDtStart.DtStart = "next Monday";

        var hours = Hours(noTimes, daily, ordinalWeekly, unknownDay, weeklyByMonthDay, badDtStart);

        Assert.False(hours.IsOpenAt(Utc("2026-11-30T10:00"))); // a Monday
        Assert.Null(hours.NextOpening(Utc("2026-11-30T00:00")));
    }

    [Fact]
    public void A_weekly_row_without_byday_repeats_on_the_weekday_of_dtstart()
    {
        var row = Weekly("", "10:00", "12:00");
        row.DtStart = "20261104T100000"; // an iCalendar date-time, a Wednesday
        var hours = Hours(row);

        Assert.True(hours.IsOpenAt(Utc("2026-11-11T10:30")));
        Assert.False(hours.IsOpenAt(Utc("2026-11-10T10:30")));
    }

    [Fact]
    public void Next_opening_skips_Christmas_Day_and_the_substitute_Boxing_Day()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        Assert.Equal(DateTimeOffset.Parse("2026-12-29T09:00+00:00"), hours.NextOpening(Utc("2026-12-24T18:00")));
    }

    [Fact]
    public void Next_opening_of_a_service_that_is_open_is_after_it_next_closes()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        Assert.Equal(Utc("2026-12-01T09:00"), hours.NextOpening(Utc("2026-11-30T10:00")));
    }

    [Fact]
    public void Next_opening_asked_at_the_opening_time_is_that_time()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        Assert.Equal(Utc("2026-11-30T09:00"), hours.NextOpening(Utc("2026-11-30T09:00")));
    }

    [Fact]
    public void Next_opening_is_given_in_London_time()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR", "09:00", "17:00"));

        var next = hours.NextOpening(Utc("2026-07-15T18:00"));

        Assert.Equal(DateTimeOffset.Parse("2026-07-16T09:00+01:00"), next);
        Assert.Equal(TimeSpan.FromHours(1), next!.Value.Offset);
    }

    [Fact]
    public void Next_opening_finds_a_fortnightly_session_thirteen_days_ahead()
    {
        var row = Weekly("TU", "10:00", "12:00");
        row.Interval = 2;
        row.DtStart = "2026-11-03";

        Assert.Equal(Utc("2026-11-17T10:00"), Hours(row).NextOpening(Utc("2026-11-04T10:00")));
    }

    [Fact]
    public void Next_opening_more_than_fourteen_days_ahead_is_none()
    {
        var hours = Hours(Monthly("10:00", "12:00", byDay: "1SA"));

        Assert.Equal(Utc("2026-12-05T10:00"), hours.NextOpening(Utc("2026-11-28T10:00")));
        Assert.Null(hours.NextOpening(Utc("2026-12-06T10:00"))); // the next is 2 January, 27 days on
    }

    [Fact]
    public void A_service_open_around_the_clock_has_no_next_opening_it_never_closes()
    {
        var hours = Hours(Weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59"));

        Assert.Null(hours.NextOpening(Utc("2026-12-24T18:00")));
    }

    [Fact]
    public void Next_opening_of_a_night_service_starting_overnight_is_its_next_evening()
    {
        var hours = Hours(Weekly("FR", "20:00", "02:00"));

        // Saturday 01:00 is inside Friday's opening: the next opening is the following Friday.
        Assert.Equal(Utc("2026-12-04T20:00"), hours.NextOpening(Utc("2026-11-28T01:00")));
    }
}
