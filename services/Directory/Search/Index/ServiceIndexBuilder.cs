namespace Directory.Api.Search.Index;

/// <summary>
/// Builds the search index when the Directory starts, trying again until the database answers (on
/// Kubernetes a replica may start before the migration Job has made the schema), then retries any
/// change the <see cref="ServiceIndexMaintainer"/> could not apply. Readiness waits for the build
/// (<see cref="ServiceIndexHealthCheck"/>).
/// </summary>
public sealed partial class ServiceIndexBuilder(ServiceIndexMaintainer maintainer, ILogger<ServiceIndexBuilder> logger) : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting: the build runs beside it, not before it.
        await Task.Yield();
        while (true)
        {
            try
            {
                await maintainer.BuildAsync(stoppingToken);
                break;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogBuildFailed(logger, exception, RetryInterval.TotalSeconds);
                await Task.Delay(RetryInterval, stoppingToken);
            }
        }

        using var timer = new PeriodicTimer(RetryInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await maintainer.RetryPendingAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index could not be built from the database; trying again in {Seconds} s")]
    private static partial void LogBuildFailed(ILogger logger, Exception exception, double seconds);
}
