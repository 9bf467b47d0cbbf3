using Microsoft.Extensions.Time.Testing;
using Platform.Testing;

namespace DirectoryBenchmark.Tests;

public sealed class SearchWorkloadTests
{
    private static readonly string Sectors = RepositoryFiles.PathOf("data", "postcodes", "london_postcode_sectors.csv");

    [Fact]
    public void Every_search_is_from_a_postcode_in_north_east_London_at_its_sector_centroid()
    {
        var nel = File.ReadLines(Sectors).Skip(1).Select(line => line.Split(','))
            .Where(c => c[5] is "Barking and Dagenham" or "City of London" or "Hackney" or "Havering" or "Newham" or "Redbridge" or "Tower Hamlets" or "Waltham Forest")
            .ToDictionary(c => c[0], c => (Latitude: double.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), Longitude: double.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture)));

        var workload = SearchWorkload.Create(Sectors, seed: 7, openNow: false, TimeProvider.System);

        Assert.Equal(500, workload.Cases.Count);
        Assert.All(workload.Cases, search =>
        {
            var sector = search.Postcode[..^2];
            Assert.True(nel.TryGetValue(sector, out var centroid), $"{search.Postcode} is not in north east London.");
            Assert.Equal(centroid, (search.Latitude, search.Longitude));
            Assert.InRange(search.Age, 18, 80);
        });
        Assert.True(workload.Cases.Select(c => c.Text).Distinct().Count() > 10, "The searches should use many different words.");
    }

    [Fact]
    public void The_same_seed_gives_the_same_searches()
    {
        var first = SearchWorkload.Create(Sectors, seed: 7, openNow: false, TimeProvider.System);
        var second = SearchWorkload.Create(Sectors, seed: 7, openNow: false, TimeProvider.System);

        Assert.Equal(first.Cases, second.Cases);
    }

    [Theory]
    [InlineData("2026-11-26T12:00:00Z", "open_at=2026-12-01T10:00")]
    [InlineData("2026-12-01T09:00:00Z", "open_at=2026-12-08T10:00")]
    [InlineData("2026-06-29T23:30:00Z", "open_at=2026-07-07T10:00")]
    public void By_default_the_search_asks_what_is_open_at_10_next_Tuesday_London_time(string utcNow, string filter)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));

        var workload = SearchWorkload.Create(Sectors, seed: 7, openNow: false, clock);

        Assert.Equal(filter, workload.OpenFilter);
        Assert.Equal(DayOfWeek.Tuesday, workload.OpenAtLondon.DayOfWeek);
        Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(workload.OpenAtLondon));
    }

    [Fact]
    public void With_open_now_the_search_asks_what_is_open_at_the_London_clock_reading()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 13, 15, 0, TimeSpan.Zero));

        var workload = SearchWorkload.Create(Sectors, seed: 7, openNow: true, clock);

        Assert.Equal("open_now=true", workload.OpenFilter);
        Assert.Equal(new DateTime(2026, 7, 1, 14, 15, 0), workload.OpenAtLondon);
    }

    [Fact]
    public void The_Directory_query_carries_every_filter_of_the_search()
    {
        var workload = SearchWorkload.Create(Sectors, seed: 7, openNow: false, new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
        var search = new SearchCase("mental health", "E6 3RW", 51.5, 0.05, "Newham", 40);

        Assert.Equal("services?search=mental%20health&postcode=E6%203RW&proximity=2000&age=40&open_at=2026-12-01T10:00&per_page=10", workload.DirectoryQuery(search));
    }
}
