using Directory.Api.Changes;
using Directory.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Directory.Api.History;

/// <summary>
/// Tells this process's <see cref="IDirectoryChangeListener"/>s about changes committed elsewhere: by
/// the import command, which writes to the database directly, and by the other replicas' editing API.
/// Every change leaves a history row, so this asks the history what was recorded since it last looked
/// and passes each new version on once. A change made here is told twice (once by the editing API, at
/// once); listeners re-read the services they are given, so that costs a re-read only.
/// </summary>
public sealed partial class CommittedChangesPoller(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<ChangePollingOptions> options, ILogger<CommittedChangesPoller> logger) : BackgroundService
{
    private readonly Dictionary<(Guid ServiceId, int Version), DateTime> _told = [];
    private DateTime _lookedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        _lookedAt = clock.GetUtcNow().UtcDateTime;
        using var timer = new PeriodicTimer(settings.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await LookAsync(settings.Overlap, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly away; the next look reaches back far enough to catch up.
                LogLookFailed(logger, exception);
            }
        }
    }

    private async Task LookAsync(TimeSpan overlap, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var since = _lookedAt - overlap;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var recorded = await db.ServiceHistory.AsNoTracking()
            .Where(h => h.At >= since)
            .Select(h => new { h.ServiceId, h.Version, h.At })
            .ToListAsync(cancellationToken);

        var untold = recorded.Where(change => !_told.ContainsKey((change.ServiceId, change.Version))).ToList();
        if (untold.Count > 0)
        {
            var services = untold.Select(change => change.ServiceId).Distinct().ToList();
            await scope.ServiceProvider.GetRequiredService<DirectoryChanges>().CommittedAsync(services, cancellationToken);
            LogTold(logger, services.Count);
        }

        // Remembered only once told, so a listener that failed hears of them again next time.
        foreach (var change in untold)
        {
            _told[(change.ServiceId, change.Version)] = change.At;
        }

        // What the next look cannot see again need not be remembered.
        _lookedAt = startedAt;
        foreach (var forgotten in _told.Where(told => told.Value < startedAt - overlap).Select(told => told.Key).ToList())
        {
            _told.Remove(forgotten);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Told the change listeners about {Count} service(s) changed elsewhere")]
    private static partial void LogTold(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for changes committed elsewhere; will look again")]
    private static partial void LogLookFailed(ILogger logger, Exception exception);
}
