using System.Net;
using static Directory.Api.Tests.FeedAssertions;
using static Directory.Api.Tests.Search.SearchPages;

namespace Directory.Api.Tests.Search;

/// <summary>Every bad value of a search extension is a 400 problem naming its parameter and saying what is wrong.</summary>
public sealed class SearchParameterTests(SqliteDirectoryFixture fixture) : IClassFixture<SqliteDirectoryFixture>
{
    private readonly HttpClient _http = fixture.Http;

    [Theory]
    [InlineData("age=-1", "age")]
    [InlineData("age=old", "age")]
    [InlineData("age=131", "age")]
    [InlineData("age=30.5", "age")]
    [InlineData("channel=fax", "channel")]
    [InlineData("channel=phone,fax", "channel")]
    [InlineData("language=bengali", "language")]
    [InlineData("borough=Newham,Barking%20and%20Dagenham%20and%20a%20name%20much%20longer%20than%20any%20council%20in%20England%20has%20or%20ever%20had%20in%20all%20its%20long%20history", "borough")]
    [InlineData("language=b1", "language")]
    [InlineData("free=yes", "free")]
    [InlineData("accepts=gp", "accepts")]
    [InlineData("open_now=maybe", "open_now")]
    [InlineData("open_at=tomorrow", "open_at")]
    [InlineData("open_at=2026-12-05", "open_at")]
    [InlineData("open_at=2026-12-05T10:00Z", "open_at")]
    [InlineData("open_at=2026-12-05T10:00%2B01:00", "open_at")]
    [InlineData("open_at=2026-02-30T10:00", "open_at")]
    [InlineData("open_now=true&open_at=2026-12-05T10:00", "open_now")]
    [InlineData("sort=best", "sort")]
    [InlineData("sort=distance", "sort")]
    [InlineData("sort=distance&proximity=1000", "sort")]
    [InlineData("proximity=1000", "proximity")]
    [InlineData("postcode=E6%202RT&proximity=0", "proximity")]
    [InlineData("postcode=E6%202RT&proximity=50001", "proximity")]
    [InlineData("facets=1", "facets")]
    [InlineData("postcode=not-a-postcode", "postcode")]
    public async Task A_bad_search_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        await AssertProblemAsync(_http, $"{Services}?{query}", HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task A_malformed_postcode_is_refused_as_malformed()
    {
        var problem = await AssertProblemAsync(_http, $"{Services}?postcode=12345", HttpStatusCode.BadRequest, "postcode");

        Assert.Contains("must be a UK postcode", (string)problem["errors"]!["postcode"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_well_formed_postcode_that_is_not_known_is_refused_as_unknown()
    {
        var problem = await AssertProblemAsync(_http, $"{Services}?postcode=ZZ9%209ZZ&proximity=1000", HttpStatusCode.BadRequest, "postcode");

        Assert.Contains("not one we know", (string)problem["errors"]!["postcode"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_at_with_an_offset_is_refused_as_not_a_London_time()
    {
        var problem = await AssertProblemAsync(_http, $"{Services}?open_at=2026-12-05T10:00Z", HttpStatusCode.BadRequest, "open_at");

        Assert.Contains("in London, without an offset", (string)problem["errors"]!["open_at"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_search_parameter_is_named_at_once()
    {
        var problem = await AssertProblemAsync(_http, $"{Services}?age=x&channel=fax&accepts=gp&open_at=soon&sort=best", HttpStatusCode.BadRequest);

        Assert.Equal(["accepts", "age", "channel", "open_at", "sort"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }
}
