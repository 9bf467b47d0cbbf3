using System.Net;
using System.Net.Http.Headers;
using DevSidecar.Delivery;
using DevSidecar.Publishing;
using Microsoft.Extensions.Options;

namespace DevSidecar.Apps;

/// <summary>
/// The sidecar's HTTP calls to the apps (Dapr's "app channel"): subscription discovery and event delivery.
/// </summary>
internal sealed class AppChannel(HttpClient http, IOptions<DeliveryOptions> delivery) : IDisposable
{
    private static readonly MediaTypeHeaderValue CloudEventsContentType = new(CloudEventEnvelope.MediaType);

    /// <summary>
    /// Asks an app for its subscriptions. Returns null when the app has none (it answered 404, as an app
    /// without subscriptions does); throws <see cref="HttpRequestException"/> when it cannot answer.
    /// </summary>
    public async Task<string?> GetSubscriptionsAsync(AppRegistration app, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await http.GetAsync(new Uri(app.BaseUri, "dapr/subscribe"), timeoutSource.Token);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"No answer within {timeout}.");
        }
    }

    /// <summary>POSTs one CloudEvent to the subscription's route and says what Dapr would make of the answer.</summary>
    public async Task<DeliveryOutcome> DeliverAsync(Uri callback, CloudEventEnvelope envelope, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, callback);
        request.Content = new ReadOnlyMemoryContent(envelope.Utf8Json);
        request.Content.Headers.ContentType = CloudEventsContentType;
        // The subscriber's trace continues the publisher's, as it does through Dapr.
        if (envelope.TraceParent is { } traceParent)
        {
            request.Headers.TryAddWithoutValidation("traceparent", traceParent);
            if (envelope.TraceState is { Length: > 0 } traceState)
            {
                request.Headers.TryAddWithoutValidation("tracestate", traceState);
            }
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(delivery.Value.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeoutSource.Token);
            var body = await response.Content.ReadAsStringAsync(timeoutSource.Token);
            return DeliveryOutcome.FromAppResponse((int)response.StatusCode, body);
        }
        catch (HttpRequestException exception)
        {
            return DeliveryOutcome.Retry($"app not reachable ({exception.HttpRequestError})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Retry($"no answer within {delivery.Value.Timeout}");
        }
    }

    public void Dispose() => http.Dispose();
}
