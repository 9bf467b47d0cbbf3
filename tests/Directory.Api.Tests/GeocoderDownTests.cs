using System.Net;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests;

/// <summary>A postcode search when the postcode server cannot be reached: the service's fault, not the request's.</summary>
public sealed class GeocoderDownTests(UnreachableGeocoderFixture fixture) : IClassFixture<UnreachableGeocoderFixture>
{
    [Fact]
    public async Task A_postcode_search_is_a_503_problem_and_other_searches_still_work()
    {
        await AssertProblemAsync(fixture.Http, "/api/directory/service_at_locations?postcode=E6%202RT&proximity=1000", HttpStatusCode.ServiceUnavailable);

        await GetPageAsync(fixture.Http, "/api/directory/service_at_locations?search=walks", "service_at_location_list", "service_at_location");
    }
}
