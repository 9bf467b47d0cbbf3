using System.Text.Json.Nodes;
using static Directory.Api.Tests.FeedAssertions;

namespace Directory.Api.Tests;

/// <summary>The same data on SQLite and on PostgreSQL gives the same answers, in the same order, page for page.</summary>
public sealed class EngineParityTests(SqliteDirectoryFixture sqlite, PostgresDirectoryFixture postgres)
    : IClassFixture<SqliteDirectoryFixture>, IClassFixture<PostgresDirectoryFixture>
{
    [Theory]
    [InlineData("/api/directory/services?per_page=7&page=3")]
    [InlineData("/api/directory/services?full=true&per_page=20&page=2")]
    [InlineData("/api/directory/services?minimal=true")]
    [InlineData("/api/directory/services?search=FOOD&per_page=200")]
    [InlineData("/api/directory/services?search=walkng%20grop&per_page=200")]
    [InlineData("/api/directory/services?search=advice&facets=true&per_page=7&page=2")]
    [InlineData("/api/directory/services?search=support&age=30&channel=phone,online&free=true&facets=true&per_page=200")]
    [InlineData("/api/directory/services?postcode=E6%202RT&proximity=8000&sort=distance&full=true&per_page=200")]
    [InlineData("/api/directory/services?postcode=IG1%201AA&accepts=self_referral&language=bn&facets=true&per_page=200")]
    [InlineData("/api/directory/services?open_at=2026-12-05T10:30&minimal=true")]
    [InlineData("/api/directory/services?open_at=2026-12-25T21:00&search=help&sort=name&per_page=200")]
    [InlineData("/api/directory/services/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01")]
    [InlineData("/api/directory/taxonomies?per_page=2&page=2")]
    [InlineData("/api/directory/taxonomy_terms?per_page=10&page=2")]
    [InlineData("/api/directory/organizations?full_service=true&per_page=5&page=2")]
    [InlineData("/api/directory/organizations/5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01")]
    [InlineData("/api/directory/service_at_locations?per_page=10&page=3")]
    [InlineData("/api/directory/service_at_locations?full=true&search=walk")]
    [InlineData("/api/directory/service_at_locations?postcode=E6%202RT&proximity=5000&per_page=200")]
    [InlineData("/api/directory/service_at_locations?postcode=IG1%201AA&full=true&per_page=200")]
    public async Task Both_engines_answer_alike(string url)
    {
        var fromSqlite = OrukSchemas.Parse(await GetJsonAsync(sqlite.Http, url));
        var fromPostgres = OrukSchemas.Parse(await GetJsonAsync(postgres.Http, url));

        Assert.True(JsonNode.DeepEquals(fromSqlite, fromPostgres), $"GET {url}\nSQLite:\n{fromSqlite}\nPostgreSQL:\n{fromPostgres}");
    }
}
