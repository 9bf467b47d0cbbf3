using System.Globalization;
using Portal.Appointments;
using Portal.Directory;
using Portal.Pages.FindSupport;

namespace Portal.Tests;

/// <summary>How the Directory's codes and numbers are put into words on the pages.</summary>
public sealed class PlainEnglishTests
{
    [Theory]
    [InlineData("SA", "10:00", "11:30", "Saturdays, 10am to 11:30am")]
    [InlineData("SA", "09:30", "12:00", "Saturdays, 9:30am to midday")]
    [InlineData("WE", "14:00", "15:30", "Wednesdays, 2pm to 3:30pm")]
    [InlineData("MO,WE", "18:00", "20:00", "Mondays and Wednesdays, 6pm to 8pm")]
    [InlineData("MO,WE,FR", "10:00", "11:30", "Mondays, Wednesdays and Fridays, 10am to 11:30am")]
    [InlineData("MO,TU,WE,TH,FR", "09:00", "17:00", "Monday to Friday, 9am to 5pm")]
    [InlineData("TU,WE,TH", "15:30", "20:00", "Tuesday to Thursday, 3:30pm to 8pm")]
    [InlineData("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "Every day, 24 hours")]
    [InlineData("MO,TU,WE,TH,FR,SA,SU", "20:00", "02:00", "Every day, 8pm to 2am")]
    [InlineData("SU", "12:00", null, "Sundays, from midday")]
    [InlineData("TH", null, null, "Thursdays")]
    public void A_weekly_schedule_reads_as_days_and_hours(string byDay, string? opensAt, string? closesAt, string expected)
    {
        var schedule = new ScheduleDocument { Freq = "WEEKLY", Interval = 1, Byday = byDay, OpensAt = opensAt, ClosesAt = closesAt };

        Assert.Equal(expected, ScheduleText.Describe(schedule));
    }

    [Theory]
    [InlineData("MONTHLY", 1, "MO")]
    [InlineData("WEEKLY", 2, "MO")]
    [InlineData("WEEKLY", 1, "1MO")]
    [InlineData("WEEKLY", 1, null)]
    public void A_schedule_that_cannot_be_said_simply_is_left_to_its_own_description(string freq, int interval, string? byDay)
    {
        var schedule = new ScheduleDocument { Freq = freq, Interval = interval, Byday = byDay, OpensAt = "10:00", ClosesAt = "12:00" };

        Assert.Null(ScheduleText.Describe(schedule));
    }

    [Theory]
    [InlineData("2027-03-03", null, "From 3 March 2027")]
    [InlineData(null, "2027-07-21", "Until 21 July 2027")]
    [InlineData("2026-12-21", "2026-12-23", "From 21 December 2026 to 23 December 2026")]
    [InlineData(null, null, null)]
    public void The_dates_a_schedule_is_valid_for_read_as_words(string? validFrom, string? validTo, string? expected)
    {
        Assert.Equal(expected, ScheduleText.DescribeDates(new ScheduleDocument { ValidFrom = validFrom, ValidTo = validTo }));
    }

    [Theory]
    [InlineData("2026-11-28T09:30:00Z", "2026-11-28T09:45:00Z", "Saturday 28 November, 9:30am to 9:45am")]
    [InlineData("2026-07-04T08:30:00Z", "2026-07-04T08:45:00Z", "Saturday 4 July, 9:30am to 9:45am")]
    [InlineData("2026-07-01T11:00:00Z", "2026-07-01T13:00:00Z", "Wednesday 1 July, midday to 2pm")]
    [InlineData("2026-11-27T23:30:00Z", "2026-11-28T00:30:00Z", "Friday 27 November, 11:30pm to Saturday 28 November, 12:30am")]
    public void A_free_time_reads_as_its_day_and_hours_in_London_time_in_winter_and_in_summer(string start, string end, string expected)
    {
        var time = BookableTime.Describe(
            DateTimeOffset.Parse(start, CultureInfo.InvariantCulture), DateTimeOffset.Parse(end, CultureInfo.InvariantCulture));

        Assert.Equal(expected, time);
    }

    [Theory]
    [InlineData(1, "1 place left")]
    [InlineData(12, "12 places left")]
    public void The_places_left_in_a_free_time_read_as_words(int places, string expected)
    {
        Assert.Equal(expected, BookableTime.DescribePlacesLeft(places));
    }

    [Fact]
    public void A_free_time_names_its_place_only_when_the_service_has_more_than_one()
    {
        var library = new LocationDocument { Id = Guid.NewGuid(), LocationType = "physical", Name = "Ilford Library" };
        var clinic = new LocationDocument { Id = Guid.NewGuid(), LocationType = "physical", Name = "Loxford Clinic" };
        var start = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        var time = new FreeTime(start, start.AddHours(1), 3, clinic.Id);

        var atTwoPlaces = BookableTime.For(ServiceAt(library, clinic), [time]).Single();
        var atOnePlace = BookableTime.For(ServiceAt(clinic), [time]).Single();

        Assert.Equal(new BookableTime("Saturday 28 November, 10am to 11am", "Loxford Clinic", "3 places left"), atTwoPlaces);
        Assert.Null(atOnePlace.Place);
    }

    [Fact]
    public void A_service_whose_every_option_is_free_is_free()
    {
        Assert.Equal("Free", Costs.Summarise(ServiceCosting(0m, 0m)));
    }

    [Fact]
    public void A_service_with_any_charge_says_the_lowest_charge()
    {
        Assert.Equal("Charges from £3.50", Costs.Summarise(ServiceCosting(0m, 8m, 3.5m)));
        Assert.Equal("Charges from £60", Costs.Summarise(ServiceCosting(60m)));
    }

    [Fact]
    public void A_service_that_does_not_say_what_it_costs_has_no_cost_summary()
    {
        Assert.Null(Costs.Summarise(ServiceCosting()));
    }

    [Theory]
    [InlineData("Free", "0", "Free")]
    [InlineData("Standard", "3", "Standard: £3")]
    [InlineData("Per visit", "3.5", "Per visit: £3.50")]
    [InlineData("Membership", "0", "Membership: free")]
    [InlineData(null, "4.5", "£4.50")]
    public void A_cost_option_reads_as_its_name_and_price(string? option, string amount, string expected)
    {
        var cost = new CostOptionDocument { Option = option, Amount = decimal.Parse(amount, CultureInfo.InvariantCulture) };

        Assert.Equal(expected, Costs.Describe(cost));
    }

    [Theory]
    [InlineData(18, null, "Ages 18 and over")]
    [InlineData(11, 25, "Ages 11 to 25")]
    [InlineData(0, 5, "Ages 5 and under")]
    [InlineData(null, null, null)]
    public void An_age_range_reads_as_words(int? minimum, int? maximum, string? expected)
    {
        Assert.Equal(expected, AgeRange.Describe(minimum, maximum));
    }

    [Theory]
    [InlineData(1092, "0.7 miles away")]
    [InlineData(1609, "1.0 miles away")]
    [InlineData(4999, "3.1 miles away")]
    [InlineData(250, "0.2 miles away")]
    [InlineData(80, "Less than 0.1 miles away")]
    [InlineData(0, "Less than 0.1 miles away")]
    public void A_distance_in_metres_reads_as_miles_to_a_tenth(double metres, string expected)
    {
        Assert.Equal(expected, Distances.Describe(metres));
    }

    [Fact]
    public void A_result_shows_the_first_sentence_of_a_description_or_the_first_words_of_a_long_one()
    {
        Assert.Equal("Free health walks.", ServiceSummary.Shorten("Free health walks. Each walk lasts an hour."));
        var shortened = ServiceSummary.Shorten(string.Join(' ', Enumerable.Repeat("word", 60)))!;
        Assert.EndsWith("word…", shortened, StringComparison.Ordinal);
        Assert.True(shortened.Length <= 201);
    }

    private static ServiceDocument ServiceAt(params LocationDocument[] locations) => new()
    {
        Id = Guid.NewGuid(),
        Name = "A service",
        Status = "active",
        ServiceAtLocations = locations.Select(location => new ServiceAtLocationDocument { Id = Guid.NewGuid(), Location = location }).ToList(),
    };

    private static ServiceDocument ServiceCosting(params decimal[] amounts) => new()
    {
        Id = Guid.NewGuid(),
        Name = "A service",
        Status = "active",
        CostOptions = amounts.Select(amount => new CostOptionDocument { Amount = amount }).ToList(),
    };
}
