using System.Globalization;
using System.Net;
using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Appointments.V1;

namespace Portal.Tests;

/// <summary>A service's next free times on its page, read from the real Appointments service over gRPC.</summary>
public sealed class BookableTimesTests(PortalFixture portal)
{
    private const string Heading = "Times you can book";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"Saturday 28 November, 9:30am to 9:45am – 1 place left".</summary>
    private const string TimePattern =
        @"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+, (\d{1,2}(:\d{2})?[ap]m|midday|midnight) to (\d{1,2}(:\d{2})?[ap]m|midday|midnight) – \d+ places? left$";

    private readonly HttpClient _http = portal.Http;

    [Fact]
    public async Task The_walking_group_page_lists_its_next_six_free_times_in_London_time_with_the_places_left()
    {
        var firstFree = await FirstFreeSlotAsync(PortalFixture.WalkingGroupId);

        var page = await _http.GetPageAsync($"/services/{PortalFixture.WalkingGroupId}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var times = TimesOn(page);
        // Every week has four one-place welcome chats and two fifteen-place walks, so six are always free.
        Assert.Equal(6, times.Count);
        Assert.All(times, time => Assert.Matches(TimePattern, time));
        Assert.Contains(times, time => time.EndsWith("– 1 place left", StringComparison.Ordinal));
        Assert.Contains(times, time => time.EndsWith("– 15 places left", StringComparison.Ordinal));
        var firstDay = TimeZoneInfo.ConvertTime(firstFree.Start.ToDateTimeOffset(), London).ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB"));
        Assert.StartsWith($"{firstDay}, ", times[0], StringComparison.Ordinal);
        Assert.Contains("Contact the service to book one of these times.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".nhsuk-inset-text"));
    }

    [Fact]
    public async Task A_service_with_no_free_times_has_no_times_you_can_book_section()
    {
        var page = await _http.GetPageAsync($"/services/{PortalFixture.LinkWorkersId}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain(Heading, page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".nhsuk-inset-text"));
    }

    [Fact]
    public async Task A_temporarily_closed_service_offers_no_times_even_when_Appointments_has_free_ones()
    {
        await portal.AddSlotAsync(PortalFixture.GrowingProjectId, capacity: 5);
        Assert.Equal(5, (await FirstFreeSlotAsync(PortalFixture.GrowingProjectId)).PlacesLeft);

        var page = await _http.GetPageAsync($"/services/{PortalFixture.GrowingProjectId}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain(Heading, page.Text, StringComparison.Ordinal);
    }

    /// <summary>The list under the section's heading, one line per time, or empty when there is no section.</summary>
    public static IReadOnlyList<string> TimesOn(HtmlPage page)
    {
        var heading = page.Document.QuerySelectorAll("h2").SingleOrDefault(h2 => h2.TextContent.Trim() == Heading);
        return heading?.NextElementSibling is { LocalName: "ul" } list
            ? list.QuerySelectorAll("li").Select(item => HtmlPage.Normalise(item.TextContent)).ToList()
            : [];
    }

    private async Task<FreeSlot> FirstFreeSlotAsync(string serviceId)
    {
        using var channel = portal.AppointmentsHost.CreateGrpcChannel();
        var now = DateTimeOffset.UtcNow;
        var response = await new AppointmentsService.AppointmentsServiceClient(channel).ListFreeSlotsAsync(new ListFreeSlotsRequest
        {
            ServiceId = serviceId,
            From = Timestamp.FromDateTimeOffset(now),
            To = Timestamp.FromDateTimeOffset(now.AddDays(14)),
            MaxResults = 1,
        });
        return response.Slots.Single();
    }
}

/// <summary>What people see on a service's page when Appointments cannot be reached.</summary>
public sealed class AppointmentsDownTests(AppointmentsDownFixture portal) : IClassFixture<AppointmentsDownFixture>
{
    [Fact]
    public async Task The_service_page_still_shows_everything_else_and_says_the_times_could_not_be_loaded()
    {
        var page = await portal.Http.GetPageAsync($"/services/{PortalFixture.WalkingGroupId}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(PortalFixture.WalkingGroupName, page.H1);
        Assert.Contains("Saturdays, 9:30am to midday", page.Text, StringComparison.Ordinal);
        Assert.Contains("You can refer yourself.", page.Text, StringComparison.Ordinal);
        var inset = page.Document.QuerySelector(".nhsuk-inset-text");
        Assert.NotNull(inset);
        Assert.Equal("Information: We could not load booking times just now.", HtmlPage.Normalise(inset.TextContent));
        Assert.Empty(BookableTimesTests.TimesOn(page));
        Accessibility.AssertBasics(page);
    }
}
