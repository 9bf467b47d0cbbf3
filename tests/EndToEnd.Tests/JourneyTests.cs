using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Launcher;

namespace EndToEnd.Tests;

/// <summary>
/// The journey through the gateway, against the real processes, on each database engine. Steps that
/// need services not yet in the platform are added with them.
/// </summary>
public abstract class JourneyTests<TFixture>(TFixture platform) : IClassFixture<TFixture>
    where TFixture : PlatformFixture
{
    private const string WalkingGroupName = "Newham Striders Health Walks";
    private const string ProfessionalOnlyServiceId = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a01";

    [Fact]
    public async Task Step1_anyone_can_find_the_walking_group_in_the_open_directory_feed()
    {
        using var response = await platform.Gateway.GetAsync("/api/directory/services?search=walking");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReadJsonAsync(response);
        Assert.True((int)page["total_items"]! >= 1);
        Assert.Equal(1, (int)page["page_number"]!);
        Assert.Contains(page["contents"]!.AsArray(), service => (string?)service!["name"] == WalkingGroupName);
        Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
    }

    [Fact]
    public async Task Step1_a_service_found_by_search_opens_as_its_full_record()
    {
        var page = JsonNode.Parse(await platform.Gateway.GetStringAsync("/api/directory/services?search=walking"))!;
        var id = (string)page["contents"]!.AsArray().First(s => (string?)s!["name"] == WalkingGroupName)!["id"]!;

        var service = JsonNode.Parse(await platform.Gateway.GetStringAsync($"/api/directory/services/{id}"))!;

        Assert.Equal(WalkingGroupName, (string?)service["name"]);
        Assert.Equal("Newham Striders", (string?)service["organization"]?["name"]);
    }

    [Fact]
    public async Task Step2_and_3_the_resident_self_refers_and_the_provider_accepts_from_their_inbox()
    {
        using var resident = await platform.SignInAsync("resident");
        using var provider = await platform.SignInAsync("provider");
        var serviceId = await WalkingGroupIdAsync();
        var placesBefore = await OfferPlaces.OfAsync(provider, serviceId);
        Assert.True(placesBefore.Left > 0, "The seeded walking group offer should have places today.");

        using var submitted = await resident.PostAsJsonAsync("/api/referrals", new
        {
            serviceId,
            whatMattersToMe = "Getting out and about again after my knee operation",
            goals = new[] { "Walk for 30 minutes without stopping" },
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var referralId = (string)(await ReadJsonAsync(submitted))["id"]!;

        var inbox = JsonNode.Parse(await provider.GetStringAsync("/api/referrals?status=requested"))!.AsArray();
        Assert.Contains(inbox, r => (string?)r!["id"] == referralId);

        using var accepted = await provider.PostAsync($"/api/referrals/{referralId}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var seenByResident = JsonNode.Parse(await resident.GetStringAsync($"/api/referrals/{referralId}"))!;
        Assert.Equal("accepted", (string?)seenByResident["status"]);

        // referral-submitted held a place and referral-accepted took it, both through the outbox and the sidecar.
        // Other tests' events may still be arriving, so look at this referral's own claim, not the totals.
        var claims = await Eventually.ReturnsAsync(
            () => platform.Platform.QueryAsync(
                PlatformTopology.Offers,
                """SELECT "State" FROM "PlaceClaims" WHERE "ReferralId" = @referral""",
                ("@referral", platform.Platform.Id(PlatformTopology.Offers, Guid.Parse(referralId)))),
            rows => rows.Count == 1 && (string?)rows[0][0] == "Taken",
            "Offers to take a place for the accepted referral");
        Assert.Single(claims);
        var placesAfter = await OfferPlaces.OfAsync(provider, serviceId);
        Assert.True(placesAfter.Taken >= placesBefore.Taken + 1);
    }

    [Fact]
    public async Task Step4_the_resident_books_a_single_place_slot_once_and_the_referral_shows_the_appointment()
    {
        using var resident = await platform.SignInAsync("resident");
        using var neighbour = await platform.SignInAsync("resident2");
        var serviceId = await WalkingGroupIdAsync();
        using var submitted = await resident.PostAsJsonAsync("/api/referrals", new { serviceId });
        var referralId = (string)(await ReadJsonAsync(submitted))["id"]!;

        var from = DateTimeOffset.UtcNow.AddMinutes(5);
        var slots = JsonNode.Parse(await resident.GetStringAsync(
            $"/api/appointments/slots?service_id={serviceId}&from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(from.AddDays(14).ToString("O"))}"))!["slots"]!.AsArray();
        var slot = slots.First(s => (int)s!["capacity"]! == 1 && (int)s["placesLeft"]! == 1)!;
        var slotId = (string)slot["id"]!;

        using var booked = await resident.PostAsJsonAsync("/api/appointments", new { slotId, referralId });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var appointmentId = (string)(await ReadJsonAsync(booked))["id"]!;

        using var second = await neighbour.PostAsJsonAsync("/api/appointments", new { slotId });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);

        var referral = await Eventually.ReturnsAsync(
            async () => JsonNode.Parse(await resident.GetStringAsync($"/api/referrals/{referralId}"))!,
            r => r["appointment"]?["id"] is not null,
            "appointment-booked to reach Referrals");
        Assert.Equal(appointmentId, (string?)referral["appointment"]!["id"]);
    }

    [Fact]
    public async Task Step4_simultaneous_bookings_of_one_single_place_slot_give_one_201_and_409s_never_a_500()
    {
        var serviceId = await WalkingGroupIdAsync();
        using var resident = await platform.SignInAsync("resident");
        using var neighbour = await platform.SignInAsync("resident2");
        var from = DateTimeOffset.UtcNow.AddMinutes(5);
        var slots = JsonNode.Parse(await resident.GetStringAsync(
            $"/api/appointments/slots?service_id={serviceId}&from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(from.AddDays(28).ToString("O"))}"))!["slots"]!.AsArray();
        var slotId = (string)slots.Last(s => (int)s!["capacity"]! == 1 && (int)s["placesLeft"]! == 1)!["id"]!;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? resident : neighbour).PostAsJsonAsync("/api/appointments", new { slotId })));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Step2_a_service_that_takes_no_self_referrals_refuses_one_with_a_422()
    {
        using var resident = await platform.SignInAsync("resident");

        using var response = await resident.PostAsJsonAsync("/api/referrals", new { serviceId = ProfessionalOnlyServiceId });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Step2_a_referral_to_an_unknown_service_is_404()
    {
        using var resident = await platform.SignInAsync("resident");

        using var response = await resident.PostAsJsonAsync("/api/referrals", new { serviceId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Step5_another_resident_cannot_read_the_referral()
    {
        using var resident = await platform.SignInAsync("resident");
        using var neighbour = await platform.SignInAsync("resident2");
        using var submitted = await resident.PostAsJsonAsync("/api/referrals", new { serviceId = await WalkingGroupIdAsync() });
        var referralId = (string)(await ReadJsonAsync(submitted))["id"]!;

        using var response = await neighbour.GetAsync($"/api/referrals/{referralId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Step5_a_malformed_referral_body_is_a_400_problem_naming_the_field()
    {
        using var resident = await platform.SignInAsync("resident");

        using var response = await resident.PostAsync("/api/referrals",
            new StringContent("""{"serviceId": true}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await ReadJsonAsync(response))["errors"]?["serviceId"]);
    }

    [Fact]
    public async Task Step5_a_protected_route_without_a_token_is_401()
    {
        using var response = await platform.Gateway.GetAsync("/api/referrals");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Step5_a_forged_token_is_401()
    {
        using var resident = await platform.SignInAsync("resident");
        var token = resident.DefaultRequestHeaders.Authorization!.Parameter!;
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Step5_a_malformed_request_is_a_400_problem_naming_the_field()
    {
        using var response = await platform.Gateway.GetAsync("/api/directory/services?per_page=lots");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await ReadJsonAsync(response))["errors"]?["per_page"]);
    }

    private async Task<string> WalkingGroupIdAsync()
    {
        var page = JsonNode.Parse(await platform.Gateway.GetStringAsync("/api/directory/services?search=walking"))!;
        return (string)page["contents"]!.AsArray().First(s => (string?)s!["name"] == WalkingGroupName)!["id"]!;
    }

    private static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidDataException("Empty body.");
}

public sealed class JourneyOnSqliteTests(SqlitePlatformFixture platform) : JourneyTests<SqlitePlatformFixture>(platform);

public sealed class JourneyOnPostgresTests(PostgresPlatformFixture platform) : JourneyTests<PostgresPlatformFixture>(platform);
