using System.Text.Json.Nodes;
using Appointments.Api.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Appointments.Api.Tests;

/// <summary>A SQLite lock refused at once is retried; one that persists is a 503 to try again, never a 500.</summary>
public sealed class LockedDatabaseTests : IDisposable
{
    private readonly SqliteAppointmentsDbContext _db = new SqliteAppointmentsDbContextFactory().CreateDbContext([]);

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public async Task A_busy_or_locked_database_is_retried_until_it_answers(int sqliteErrorCode)
    {
        var attempts = 0;

        var answer = await Retry().ExecuteAsync(
            _ => ++attempts < 3 ? throw new SqliteException("database is locked", sqliteErrorCode) : Task.FromResult("booked"),
            CancellationToken.None);

        Assert.Equal("booked", answer);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Other_database_errors_are_not_retried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<SqliteException>(() => Retry().ExecuteAsync<int>(
            _ =>
            {
                attempts++;
                throw new SqliteException("constraint failed", 19);
            },
            CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_database_still_locked_after_the_last_attempt_is_answered_with_a_503_problem()
    {
        var attempts = 0;
        var locked = await Assert.ThrowsAsync<SqliteException>(() => Retry().ExecuteAsync<int>(
            _ =>
            {
                attempts++;
                throw new SqliteException("database is locked", 5);
            },
            CancellationToken.None));
        var http = NewHttpContext();

        var handled = await new LockedDatabaseExceptionHandler(http.RequestServices.GetRequiredService<IProblemDetailsService>())
            .TryHandleAsync(http, new InvalidOperationException("saving failed", locked), CancellationToken.None);

        Assert.Equal(LockedDatabaseRetry.MaxAttempts, attempts);
        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("1", http.Response.Headers.RetryAfter.ToString());
        http.Response.Body.Position = 0;
        Assert.Equal(503, (int)JsonNode.Parse(http.Response.Body)!["status"]!);
    }

    public void Dispose() => _db.Dispose();

    private LockedDatabaseRetry Retry() => new(_db, NullLogger<LockedDatabaseRetry>.Instance);

    private static DefaultHttpContext NewHttpContext()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        return new DefaultHttpContext { RequestServices = services, Response = { Body = new MemoryStream() } };
    }
}
