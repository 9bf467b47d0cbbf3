using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Authentication;

namespace Offers.Api.Tests;

/// <summary><c>/api/offers</c>: reading offers, and publishing and changing them as a provider or admin.</summary>
public abstract class OffersApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : OffersFixture
{
    private static readonly Guid WalkingGroupService = Guid.Parse(DemoData.WalkingGroupServiceId);
    private static readonly Guid WalkingGroupOrganisation = Guid.Parse(DemoData.WalkingGroupOrganisationId);

    [Fact]
    public async Task The_demo_offers_are_seeded_with_their_dates_moved_to_today()
    {
        using var resident = fixture.ClientAs(PlatformRoles.Resident);

        var offer = await ReadJsonAsync(await resident.GetAsync($"/api/offers/{DemoData.WalkingOfferId}"), HttpStatusCode.OK);

        Assert.Equal("Winter walking programme: 8 weeks", (string?)offer["title"]);
        Assert.Equal(DemoData.WalkingGroupServiceId, (string?)offer["serviceId"]);
        Assert.Equal(DemoData.WalkingGroupOrganisationId, (string?)offer["organizationId"]);
        // Written as running on 26 November 2026 (from the 21st, for 8 weeks): it is running today too.
        var validFrom = DateOnly.Parse((string)offer["validFrom"]!, System.Globalization.CultureInfo.InvariantCulture);
        var validTo = DateOnly.Parse((string)offer["validTo"]!, System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        Assert.Equal(today.AddDays(-5), validFrom);
        Assert.Equal(56, validTo.DayNumber - validFrom.DayNumber);
        Assert.Equal((5, 5, 0, 0), ((int)offer["placesTotal"]!, (int)offer["placesLeft"]!, (int)offer["placesHeld"]!, (int)offer["placesTaken"]!));
        Assert.Equal("long_term_conditions", (string?)offer["nelPriority"]);
    }

    [Fact]
    public async Task Offers_are_not_read_without_a_token()
    {
        using var response = await fixture.Anonymous.GetAsync($"/api/offers/{DemoData.WalkingOfferId}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_offer_is_a_404_problem()
    {
        var problem = await ReadProblemAsync(await fixture.Admin.GetAsync($"/api/offers/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        Assert.Equal("There is no such offer.", (string?)problem["title"]);
    }

    [Fact]
    public async Task The_list_shows_a_services_current_offers_with_their_places()
    {
        var service = fixture.TakeService();
        var current = await fixture.PublishCurrentOfferAsync(service, places: 4);
        await fixture.PublishOfferAsync(service, places: 4, London.Today.AddDays(10), London.Today.AddDays(20));
        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());
        using var referrer = fixture.ClientAs(PlatformRoles.Referrer);

        var list = await ReadJsonAsync(await referrer.GetAsync($"/api/offers?service_id={service.Id}"), HttpStatusCode.OK);

        var offer = Assert.Single(list["offers"]!.AsArray())!;
        Assert.Equal(current.Id.ToString(), (string?)offer["id"]);
        Assert.Equal((4, 3, 1), ((int)offer["placesTotal"]!, (int)offer["placesLeft"]!, (int)offer["placesHeld"]!));
    }

    [Fact]
    public async Task The_list_can_be_narrowed_to_one_organisation()
    {
        var service = fixture.TakeService();
        var other = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 4);
        await fixture.PublishCurrentOfferAsync(other, places: 4);

        var list = await ReadJsonAsync(
            await fixture.Admin.GetAsync($"/api/offers?organization_id={service.OrganizationId}"), HttpStatusCode.OK);

        var ids = list["offers"]!.AsArray().Select(o => (string?)o!["id"]).ToList();
        Assert.Contains(offer.Id.ToString(), ids);
        Assert.All(list["offers"]!.AsArray(), o => Assert.Equal(service.OrganizationId.ToString(), (string?)o!["organizationId"]));
    }

    [Fact]
    public async Task A_malformed_service_id_in_the_list_query_is_a_400_naming_it()
    {
        var problem = await ReadProblemAsync(await fixture.Admin.GetAsync("/api/offers?service_id=walking"), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["service_id"]);
    }

    [Fact]
    public async Task A_provider_publishes_an_offer_for_their_own_organisations_service()
    {
        using var provider = fixture.ClientAs(PlatformRoles.Provider, WalkingGroupOrganisation);

        using var response = await provider.PostAsJsonAsync("/api/offers", NewOffer(WalkingGroupService));
        var created = await ReadJsonAsync(response, HttpStatusCode.Created);

        Assert.Equal($"/api/offers/{created["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal(DemoData.WalkingGroupOrganisationId, (string?)created["organizationId"]);
        Assert.Equal((6, 6), ((int)created["placesTotal"]!, (int)created["placesLeft"]!));
        var read = await ReadJsonAsync(await provider.GetAsync(response.Headers.Location), HttpStatusCode.OK);
        Assert.Equal("Spring walking programme", (string?)read["title"]);
    }

    [Fact]
    public async Task A_provider_cannot_publish_an_offer_for_another_organisations_service()
    {
        using var provider = fixture.ClientAs(PlatformRoles.Provider, Guid.NewGuid());

        var problem = await ReadProblemAsync(
            await provider.PostAsJsonAsync("/api/offers", NewOffer(WalkingGroupService)), HttpStatusCode.Forbidden);

        Assert.NotNull(problem["errors"]!["serviceId"]);
    }

    [Fact]
    public async Task A_resident_cannot_publish_offers()
    {
        using var resident = fixture.ClientAs(PlatformRoles.Resident);

        await ReadProblemAsync(await resident.PostAsJsonAsync("/api/offers", NewOffer(WalkingGroupService)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_body_with_bad_fields_is_a_400_naming_each_of_them()
    {
        var body = new
        {
            serviceId = "walking",
            title = "",
            placesTotal = 0,
            validFrom = "2027-04-01",
            validTo = "2027-03-01",
            nelPriority = "gardening",
        };

        var problem = await ReadProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/offers", body), HttpStatusCode.BadRequest);

        var fields = problem["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["nelPriority", "placesTotal", "serviceId", "title", "validTo"], fields);
    }

    [Fact]
    public async Task An_offer_for_a_service_not_in_the_directory_is_a_404_problem()
    {
        var problem = await ReadProblemAsync(
            await fixture.Admin.PostAsJsonAsync("/api/offers", NewOffer(Guid.NewGuid())), HttpStatusCode.NotFound);

        Assert.NotNull(problem["errors"]!["serviceId"]);
    }

    [Fact]
    public async Task A_provider_adds_places_to_their_offer_and_its_version_moves_on()
    {
        var service = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 4);
        using var provider = fixture.ClientAs(PlatformRoles.Provider, service.OrganizationId);

        var changed = await ReadJsonAsync(
            await provider.PatchAsJsonAsync($"/api/offers/{offer.Id}", new { placesTotal = 9 }), HttpStatusCode.OK);

        Assert.Equal((9, 9), ((int)changed["placesTotal"]!, (int)changed["placesLeft"]!));
        Assert.True((int)changed["version"]! > offer.Version);
        Assert.Equal(9, (await fixture.PlacesOfAsync(service)).PlacesTotal);
    }

    [Fact]
    public async Task Places_cannot_be_cut_below_those_held_or_taken()
    {
        var service = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 4);
        var accepted = new TestReferral(service);
        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());
        await fixture.Dapr.DeliverAsync(Topics.ReferralAccepted, accepted.Accepted());

        var problem = await ReadProblemAsync(
            await fixture.Admin.PatchAsJsonAsync($"/api/offers/{offer.Id}", new { placesTotal = 1 }), HttpStatusCode.Conflict);

        Assert.NotNull(problem["errors"]!["placesTotal"]);
        Assert.Equal((1, 1), ((int)problem["placesHeld"]!, (int)problem["placesTaken"]!));
        Assert.Equal(4, (await fixture.PlacesOfAsync(service)).PlacesTotal);
    }

    [Fact]
    public async Task The_last_day_cannot_move_before_the_first()
    {
        var service = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 4);

        var problem = await ReadProblemAsync(
            await fixture.Admin.PatchAsJsonAsync($"/api/offers/{offer.Id}", new { validTo = offer.ValidFrom.AddDays(-1) }),
            HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["validTo"]);
    }

    [Fact]
    public async Task A_provider_cannot_change_another_organisations_offer()
    {
        var service = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 4);
        using var provider = fixture.ClientAs(PlatformRoles.Provider, WalkingGroupOrganisation);

        await ReadProblemAsync(
            await provider.PatchAsJsonAsync($"/api/offers/{offer.Id}", new { placesTotal = 40 }), HttpStatusCode.Forbidden);

        Assert.Equal(4, (await fixture.PlacesOfAsync(service)).PlacesTotal);
    }

    private static object NewOffer(Guid serviceId) => new
    {
        serviceId,
        title = "Spring walking programme",
        summary = "Six weeks of Saturday walks for people starting out.",
        placesTotal = 6,
        validFrom = "2027-04-03",
        validTo = "2027-05-08",
        nelPriority = "long_term_conditions",
    };

    private static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {body}");
            return JsonNode.Parse(body)!;
        }
    }

    /// <summary>Every error is an RFC 9457 problem document carrying its status.</summary>
    private static async Task<JsonNode> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var problem = await ReadJsonAsync(response, expected);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal((int)expected, (int?)problem["status"]);
        return problem;
    }
}

public sealed class OffersApiOnSqliteTests(SqliteOffersFixture fixture) : OffersApiTests<SqliteOffersFixture>(fixture);

public sealed class OffersApiOnPostgresTests(PostgresOffersFixture fixture) : OffersApiTests<PostgresOffersFixture>(fixture);
