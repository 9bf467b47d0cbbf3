using Platform.Contracts.Events;

namespace Offers.Api.Tests;

/// <summary>Referral events delivered the Dapr way hold, take and release places, once per event and never beyond the offer.</summary>
public abstract class PlaceSubscriptionTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : OffersFixture
{
    [Fact]
    public async Task Dapr_is_told_of_all_three_subscriptions_with_their_dead_letter_topics()
    {
        var subscriptions = await fixture.Dapr.SubscriptionsAsync();

        var listed = subscriptions
            .Select(s => ((string)s!["topic"]!, (string)s["pubsubName"]!, (string?)s["deadLetterTopic"]))
            .OrderBy(s => s.Item1)
            .ToList();
        Assert.Equal(
            [
                (Topics.ReferralAccepted, "pubsub", "referral-accepted-dead-letter"),
                (Topics.ReferralDeclined, "pubsub", "referral-declined-dead-letter"),
                (Topics.ReferralSubmitted, "pubsub", "referral-submitted-dead-letter"),
            ],
            listed);
    }

    [Fact]
    public async Task A_submitted_referral_holds_a_place_on_the_services_current_offer()
    {
        var service = fixture.TakeService();
        var offer = await fixture.PublishCurrentOfferAsync(service, places: 5);

        var status = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal("SUCCESS", status);
        Assert.Equal(offer.Id.ToString(), places.OfferId);
        Assert.Equal((5, 1, 4, 0), (places.PlacesTotal, places.PlacesHeld, places.PlacesLeft, places.PlacesTaken));
    }

    [Fact]
    public async Task A_redelivered_submission_changes_nothing()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 5);
        var submitted = new TestReferral(service).Submitted();

        var first = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, submitted);
        var second = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, submitted);

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal(("SUCCESS", "SUCCESS"), (first, second));
        Assert.Equal((1, 4), (places.PlacesHeld, places.PlacesLeft));
    }

    [Fact]
    public async Task Another_submission_event_for_the_same_referral_holds_no_second_place()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 5);
        var referral = new TestReferral(service);

        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, referral.Submitted());
        var again = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, referral.Submitted());

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal("SUCCESS", again);
        Assert.Equal((1, 4), (places.PlacesHeld, places.PlacesLeft));
    }

    [Fact]
    public async Task Accepting_a_referral_takes_its_held_place()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 5);
        var referral = new TestReferral(service);
        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, referral.Submitted());

        var status = await fixture.Dapr.DeliverAsync(Topics.ReferralAccepted, referral.Accepted());

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal("SUCCESS", status);
        Assert.Equal((0, 1, 4), (places.PlacesHeld, places.PlacesTaken, places.PlacesLeft));
    }

    [Fact]
    public async Task Accepting_a_referral_that_had_no_hold_takes_a_place_left()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 5);
        var referral = new TestReferral(service);

        await fixture.Dapr.DeliverAsync(Topics.ReferralAccepted, referral.Accepted());
        var lateSubmission = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, referral.Submitted());

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal("SUCCESS", lateSubmission);
        Assert.Equal((0, 1, 4), (places.PlacesHeld, places.PlacesTaken, places.PlacesLeft));
    }

    [Fact]
    public async Task Declining_a_referral_releases_its_held_place()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 5);
        var referral = new TestReferral(service);
        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, referral.Submitted());

        var status = await fixture.Dapr.DeliverAsync(Topics.ReferralDeclined, referral.Declined());

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal("SUCCESS", status);
        Assert.Equal((0, 0, 5), (places.PlacesHeld, places.PlacesTaken, places.PlacesLeft));
    }

    [Fact]
    public async Task A_decline_that_arrives_before_its_submission_keeps_the_late_submission_from_holding()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 5);
        var referral = new TestReferral(service);

        await fixture.Dapr.DeliverAsync(Topics.ReferralDeclined, referral.Declined());
        var lateSubmission = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, referral.Submitted());

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal("SUCCESS", lateSubmission);
        Assert.Equal((0, 5), (places.PlacesHeld, places.PlacesLeft));
    }

    [Fact]
    public async Task A_submission_to_a_full_offer_holds_nothing_and_is_answered_success()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 1);
        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());

        var status = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());

        var places = await fixture.PlacesOfAsync(service);
        Assert.Equal("SUCCESS", status);
        Assert.Equal((1, 1, 0), (places.PlacesTotal, places.PlacesHeld, places.PlacesLeft));
    }

    [Fact]
    public async Task A_submission_to_a_service_without_an_offer_is_answered_success()
    {
        var service = fixture.TakeService();

        var status = await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());

        Assert.Equal("SUCCESS", status);
        Assert.False((await fixture.PlacesOfAsync(service)).HasOffer);
    }

    [Fact]
    public async Task Ten_concurrent_submissions_for_three_places_left_hold_exactly_three()
    {
        var service = fixture.TakeService();
        await fixture.PublishCurrentOfferAsync(service, places: 5);
        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());
        await fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted());

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            fixture.Dapr.DeliverAsync(Topics.ReferralSubmitted, new TestReferral(service).Submitted())));

        var places = await fixture.PlacesOfAsync(service);
        Assert.All(statuses, status => Assert.Equal("SUCCESS", status));
        Assert.Equal((5, 0), (places.PlacesHeld, places.PlacesLeft));
    }
}

public sealed class PlaceSubscriptionsOnSqliteTests(SqliteOffersFixture fixture) : PlaceSubscriptionTests<SqliteOffersFixture>(fixture);

public sealed class PlaceSubscriptionsOnPostgresTests(PostgresOffersFixture fixture) : PlaceSubscriptionTests<PostgresOffersFixture>(fixture);
