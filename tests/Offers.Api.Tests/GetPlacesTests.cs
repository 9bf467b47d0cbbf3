using Grpc.Core;
using Platform.Contracts.Events;
using Platform.Contracts.Offers.V1;

namespace Offers.Api.Tests;

/// <summary>GetPlaces over gRPC (HTTP/2 on its own port): what Referrals asks before it submits.</summary>
public abstract class GetPlacesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : OffersFixture
{
    [Fact]
    public async Task GetPlaces_reports_the_places_on_a_services_current_offer()
    {
        var service = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 8);

        var places = await fixture.PlacesOfAsync(service);

        Assert.True(places.HasOffer);
        Assert.Equal(offer.Id.ToString(), places.OfferId);
        Assert.Equal((8, 8, 0, 0), (places.PlacesTotal, places.PlacesLeft, places.PlacesHeld, places.PlacesTaken));
    }

    [Fact]
    public async Task GetPlaces_of_a_service_without_an_offer_says_it_has_none()
    {
        var places = await fixture.PlacesOfAsync(fixture.TakeService());

        Assert.False(places.HasOffer);
        Assert.Equal("", places.OfferId);
    }

    [Fact]
    public async Task An_offer_that_starts_later_is_not_current()
    {
        var service = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 8);
        await fixture.PublishOfferAsync(service, places: 4, London.Today.AddDays(10), London.Today.AddDays(20));

        var places = await fixture.PlacesOfAsync(service);

        Assert.Equal(offer.Id.ToString(), places.OfferId);
    }

    [Fact]
    public async Task The_current_offer_is_the_one_ending_soonest_that_still_has_places()
    {
        var service = fixture.TakeService();
        var endingSoon = await fixture.PublishCurrentOfferAsync(service, places: 1, daysLeft: 5);
        var endingLater = await fixture.PublishCurrentOfferAsync(service, places: 3, daysLeft: 40);
        var before = await fixture.PlacesOfAsync(service);

        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());
        var after = await fixture.PlacesOfAsync(service);

        Assert.Equal(endingSoon.Id.ToString(), before.OfferId);
        Assert.Equal((endingLater.Id.ToString(), 3), (after.OfferId, after.PlacesLeft));
    }

    [Fact]
    public async Task GetPlaces_of_a_malformed_id_is_InvalidArgument()
    {
        var call = fixture.Places.GetPlacesAsync(new GetPlacesRequest { ServiceId = "walking-group" });

        var failure = await Assert.ThrowsAsync<RpcException>(async () => await call);
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
    }
}

public sealed class GetPlacesOnSqliteTests(SqliteOffersFixture fixture) : GetPlacesTests<SqliteOffersFixture>(fixture);

public sealed class GetPlacesOnPostgresTests(PostgresOffersFixture fixture) : GetPlacesTests<PostgresOffersFixture>(fixture);
