using System.Net;

namespace DirectoryImport;

/// <summary>
/// Tries a request again when it failed in passing: no connection, no answer in time, or 408, 429 or a
/// 5xx other than 501. Waits 1, 2, 4… seconds (up to 30) between attempts, or what the feed's
/// <c>Retry-After</c> asks (up to a minute), so a rate-limited feed is read at the pace it allows.
/// </summary>
public sealed class TransientRetryHandler(int retries, TimeSpan attemptTimeout, Action<string> onRetry) : DelegatingHandler(new SocketsHttpHandler())
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var backoff = TimeSpan.FromSeconds(Math.Pow(2, attempt)) is var doubling && doubling < MaxBackoff ? doubling : MaxBackoff;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(attemptTimeout);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, timeout.Token);
            }
            catch (Exception exception) when (attempt < retries && IsTransient(exception, cancellationToken))
            {
                onRetry($"{request.RequestUri}: {Describe(exception, attemptTimeout)}; trying again in {backoff.TotalSeconds:0} s");
                await Task.Delay(backoff, cancellationToken);
                continue;
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new HttpRequestException(Describe(exception, attemptTimeout), exception);
            }

            if (attempt >= retries || !IsTransient(response.StatusCode))
            {
                return response;
            }

            var wait = RetryAfter(response) ?? backoff;
            onRetry($"{request.RequestUri}: {(int)response.StatusCode} {response.ReasonPhrase}; trying again in {wait.TotalSeconds:0} s");
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var delay = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };
        return delay is null ? null : delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }

    private static string Describe(Exception exception, TimeSpan attemptTimeout) =>
        exception is OperationCanceledException ? $"no answer within {attemptTimeout.TotalSeconds:0} s" : exception.GetBaseException().Message;
}
