using Microsoft.Data.Sqlite;

namespace Appointments.Api.Data;

/// <summary>
/// SQLite has one writer at a time. Writers normally queue on the busy timeout, but SQLite can still
/// refuse a lock at once (SQLITE_BUSY or SQLITE_LOCKED), for example to a transaction that read before
/// another one wrote. Such a refusal is retried a few times with jitter; if it persists the request
/// gets a 503 (<see cref="LockedDatabaseExceptionHandler"/>), never a 500. PostgreSQL raises neither.
/// </summary>
public sealed partial class LockedDatabaseRetry(AppointmentsDbContext db, ILogger<LockedDatabaseRetry> logger)
{
    public const int MaxAttempts = 4;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <param name="attempt">Runs a whole unit of work (its own transaction included), so it can run again.</param>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (Exception ex) when (attemptNumber < MaxAttempts && IsLocked(ex))
            {
                // What the failed attempt added went with its transaction; the next attempt adds it again.
                db.ChangeTracker.Clear();
                LogLocked(attemptNumber, MaxAttempts);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100) * attemptNumber), cancellationToken);
            }
        }
    }

    /// <summary>Adds changes (for example audit records) and saves them, again after a refused lock.</summary>
    public Task SaveAsync(Action addChanges, CancellationToken cancellationToken) =>
        ExecuteAsync(
            async attempt =>
            {
                addChanges();
                return await db.SaveChangesAsync(attempt);
            },
            cancellationToken);

    public static bool IsLocked(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite database was locked (attempt {Attempt} of {MaxAttempts}); retrying")]
    private partial void LogLocked(int attempt, int maxAttempts);
}
