using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grpc.Net.Client;
using Platform.Contracts.Referrals.V1;

namespace Referrals.Api.Tests;

/// <summary>The Dapr app-side contract for appointment-booked, and the gRPC question Appointments asks.</summary>
public abstract class AppointmentBookedSubscriptionTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ReferralsFixture
{
    [Fact]
    public async Task Dapr_subscribe_lists_appointment_booked_with_its_dead_letter_topic()
    {
        using var dapr = new HttpClient { BaseAddress = new Uri(fixture.Referrals.HttpUrl) };

        var subscriptions = JsonNode.Parse(await dapr.GetStringAsync("/dapr/subscribe"))!.AsArray();

        var booked = Assert.Single(subscriptions, s => (string?)s!["topic"] == "appointment-booked");
        Assert.Equal("pubsub", (string?)booked!["pubsubName"]);
        Assert.Equal("appointment-booked-dead-letter", (string?)booked["deadLetterTopic"]);
    }

    [Fact]
    public async Task A_booking_for_the_referral_shows_on_it_once_however_often_it_is_delivered()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        var id = await resident.SelfReferredIdAsync();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        var cloudEvent = CloudEvent(new
        {
            eventId = Guid.NewGuid(),
            occurredAt = DateTimeOffset.UtcNow,
            appointmentId = Guid.NewGuid(),
            slotId = Guid.NewGuid(),
            serviceId = Persona.WalkingGroupId,
            referralId = id,
            start,
            end = start.AddMinutes(15),
        });

        var first = await DeliverAsync(cloudEvent);
        var again = await DeliverAsync(cloudEvent);

        Assert.Equal("SUCCESS", first);
        Assert.Equal("SUCCESS", again);
        var referral = await (await resident.GetAsync($"/api/referrals/{id}")).JsonAsync();
        Assert.NotNull(referral["appointment"]?["id"]);
        Assert.Single(referral["timeline"]!.AsArray(), t => (string?)t!["status"] == "appointment-booked");
    }

    [Fact]
    public async Task CheckReferralForBooking_says_a_referral_belongs_only_to_its_person_and_service()
    {
        using var resident = fixture.ClientFor(Persona.Resident);
        var id = await resident.SelfReferredIdAsync();
        using var channel = GrpcChannel.ForAddress(fixture.Referrals.GrpcUrl);
        var referrals = new ReferralsService.ReferralsServiceClient(channel);

        var own = await referrals.CheckReferralForBookingAsync(new() { ReferralId = id, NhsNumber = Persona.Resident.NhsNumber, ServiceId = Persona.WalkingGroupId });
        var someoneElse = await referrals.CheckReferralForBookingAsync(new() { ReferralId = id, NhsNumber = Persona.Resident2.NhsNumber, ServiceId = Persona.WalkingGroupId });
        var otherService = await referrals.CheckReferralForBookingAsync(new() { ReferralId = id, NhsNumber = Persona.Resident.NhsNumber, ServiceId = Persona.ProfessionalOnlyServiceId });
        var unknown = await referrals.CheckReferralForBookingAsync(new() { ReferralId = Guid.NewGuid().ToString(), NhsNumber = Persona.Resident.NhsNumber, ServiceId = Persona.WalkingGroupId });

        Assert.True(own.Belongs);
        Assert.Equal("requested", own.Status);
        Assert.False(someoneElse.Belongs);
        Assert.False(otherService.Belongs);
        Assert.False(unknown.Belongs);
    }

    private static string CloudEvent(object data) => JsonSerializer.Serialize(new
    {
        specversion = "1.0",
        id = Guid.NewGuid().ToString(),
        source = "appointments",
        type = "com.dapr.event.sent",
        topic = "appointment-booked",
        pubsubname = "pubsub",
        datacontenttype = "application/json",
        data,
    });

    private async Task<string?> DeliverAsync(string cloudEvent)
    {
        using var dapr = new HttpClient { BaseAddress = new Uri(fixture.Referrals.HttpUrl) };
        var subscriptions = JsonNode.Parse(await dapr.GetStringAsync("/dapr/subscribe"))!.AsArray();
        var subscription = subscriptions.Single(s => (string?)s!["topic"] == "appointment-booked")!;
        var route = (string?)subscription["route"] ?? (string)subscription["routes"]!["default"]!;
        using var response = await dapr.PostAsync("/" + route.TrimStart('/'), new StringContent(cloudEvent, Encoding.UTF8, "application/cloudevents+json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())?["status"];
    }
}

public sealed class AppointmentBookedSubscriptionOnSqliteTests(SqliteReferralsFixture fixture) : AppointmentBookedSubscriptionTests<SqliteReferralsFixture>(fixture);

public sealed class AppointmentBookedSubscriptionOnPostgresTests(PostgresReferralsFixture fixture) : AppointmentBookedSubscriptionTests<PostgresReferralsFixture>(fixture);
