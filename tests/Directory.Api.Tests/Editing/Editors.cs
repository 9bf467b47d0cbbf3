using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Directory.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Directory.Api.Tests.Editing;

/// <summary>Who edits in these tests, as their tokens say, and how their requests are sent and read.</summary>
public sealed record Editor(string Subject, string Role, string? OrganisationId = null)
{
    /// <summary>Newham Striders, who run the seeded walking group.</summary>
    public const string StridersId = "5b6c1f0e-8a57-4d0e-9c3a-2f1e7d6a9b01";
    public const string WalkingGroupId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01";
    public const string WalkingGroupLinkId = "84d6f55f-5ec0-4566-a3e4-3fc50ede738a";
    public const string SaturdayWalkId = "b252b7d1-7d8d-4e39-808f-42dafdf1e38c";

    /// <summary>An organisation whose service shares its venue (<see cref="SharedVenueId"/>) with another organisation's service.</summary>
    public const string VenueSharerId = "4d4d5171-0332-4c0e-87ac-812862b33505";
    public const string VenueSharerServiceId = "759dd816-25e1-4ec8-aeb3-eabebe6814ad";
    public const string SharedVenueId = "3f653732-70ef-4c12-99a3-c79f8112aaa3";
    public const string OtherVenueUserServiceId = "f8bd0078-147e-4440-bdec-9e2997ecaa0c";

    public const string SelfReferralTermId = "6023697f-d7d8-4846-8348-8e1dd4a8b7ec";

    public static readonly Editor Provider = new("staff-sam-patel", "provider", StridersId);
    public static readonly Editor SharerProvider = new("staff-venue-sharer", "provider", VenueSharerId);
    public static readonly Editor Admin = new("staff-platform-admin", "admin");
    public static readonly Editor Resident = new("resident-aisha-rahman", "resident");
    public static readonly Editor Referrer = new("staff-dr-grace-okafor", "referrer", "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a01");

    public HttpClient ClientFor(DirectoryFixture fixture) =>
        TestTokens.ClientWith(fixture.Host.HttpUrl, new TestTokens(fixture.Host.SigningKey).For(Subject, Role, OrganisationId));
}

/// <summary>Requests to the editing API and what they answer.</summary>
public static class EditRequests
{
    public static async Task<Answer> SendAsync(
        HttpClient http, HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, response.Headers.ETag?.Tag, response.Headers.Location?.ToString(),
            response.Content.Headers.ContentType?.MediaType, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The service as the feed gives it, with its ETag.</summary>
    public static async Task<Answer> ReadAsync(HttpClient http, string serviceId) =>
        await SendAsync(http, HttpMethod.Get, $"/api/directory/services/{serviceId}");

    public static async Task<T> QueryAsync<T>(this DirectoryFixture fixture, Func<DirectoryDbContext, Task<T>> query)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }

    public static Task<int> ServiceCountAsync(this DirectoryFixture fixture) => fixture.QueryAsync(db => db.Services.CountAsync());
}

/// <summary>An answer: its status, ETag, Location, media type and JSON body.</summary>
public sealed record Answer(HttpStatusCode Status, string? ETag, string? Location, string? MediaType, JsonNode? Body)
{
    public Answer Expect(HttpStatusCode status)
    {
        Assert.True(status == Status, $"Expected {(int)status}, got {(int)Status}: {Body?.ToJsonString()}");
        return this;
    }

    /// <summary>An RFC 9457 problem with <paramref name="status"/>; for a 400, one naming <paramref name="field"/>.</summary>
    public JsonNode ExpectProblem(HttpStatusCode status, string? field = null)
    {
        Expect(status);
        Assert.Equal("application/problem+json", MediaType);
        if (field is not null)
        {
            Assert.True(Body?["errors"]?[field] is not null, $"The problem does not name '{field}': {Body?.ToJsonString()}");
        }

        return Body!;
    }
}
