using System.Net.Http.Json;
using Appointments.Api.Bookings;

namespace Appointments.Api.Tests.Support;

/// <summary>The calls tests make to book, as a client would make them.</summary>
public static class Bookings
{
    public static Task<HttpResponseMessage> BookAsync(this HttpClient client, Guid slotId, string? idempotencyKey = null) =>
        client.BookAsync(new { slotId }, idempotencyKey);

    public static Task<HttpResponseMessage> BookAsync(this HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/appointments") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>Books and returns the appointment, failing the test if the booking is refused.</summary>
    public static async Task<AppointmentResponse> BookedAsync(this HttpClient client, Guid slotId)
    {
        using var response = await client.BookAsync(slotId);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppointmentResponse>())!;
    }
}
