using Directory.Api.OpeningHours;
using Directory.Api.Search.Index;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary>Readiness waits for the search index: unhealthy until its first build is published.</summary>
public sealed class ServiceIndexHealthCheckTests(SqliteDirectoryFixture fixture) : IClassFixture<SqliteDirectoryFixture>
{
    [Fact]
    public async Task The_search_index_check_is_unhealthy_until_the_index_is_published()
    {
        using var index = new ServiceIndex(BankHolidayCalendar.Load(BankHolidayCalendar.DefaultPath));
        var check = new ServiceIndexHealthCheck(index);
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration(ServiceIndexHealthCheck.Name, check, HealthStatus.Unhealthy, ["ready"]),
        };

        var building = await check.CheckHealthAsync(context);
        index.Publish();
        var built = await check.CheckHealthAsync(context);

        Assert.Equal(HealthStatus.Unhealthy, building.Status);
        Assert.Equal(HealthStatus.Healthy, built.Status);
    }

    [Fact]
    public async Task A_search_made_before_the_index_is_published_waits_for_it()
    {
        using var index = new ServiceIndex(BankHolidayCalendar.Load(BankHolidayCalendar.DefaultPath));

        var waiting = index.WaitUntilReadyAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        var timedOut = await index.WaitUntilReadyAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None);
        index.Publish();

        Assert.False(timedOut);
        Assert.True(await waiting);
    }

    [Fact]
    public async Task The_running_Directory_reports_the_index_in_its_readiness()
    {
        await IdsAsync(fixture.Http, "search=walking");

        var readiness = OrukSchemas.Parse(await fixture.Http.GetStringAsync("/health/ready"));

        Assert.Equal("Healthy", (string?)readiness["checks"]?[ServiceIndexHealthCheck.Name]?["status"]);
    }
}
