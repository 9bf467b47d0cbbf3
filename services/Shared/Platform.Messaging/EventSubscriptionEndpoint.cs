using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Events;

namespace Platform.Messaging;

/// <summary>
/// The route Dapr delivers one topic's events to. It handles each event id at most once per
/// consumer: the inbox row and the handler's change commit together or not at all.
/// </summary>
internal sealed partial class EventSubscriptionEndpoint<TEvent, TDbContext>(
    EventSubscription subscription,
    IntegrationEventHandler<TEvent, TDbContext> handler,
    TimeProvider timeProvider,
    ILogger logger)
    where TEvent : IntegrationEvent
    where TDbContext : DbContext
{
    private static readonly string EventIdProperty =
        MessagingJson.Options.PropertyNamingPolicy?.ConvertName(nameof(IntegrationEvent.EventId)) ?? nameof(IntegrationEvent.EventId);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var integrationEvent = await ReadEventAsync(context.Request, cancellationToken);
        if (integrationEvent is null)
        {
            LogMalformed(subscription.Topic);
            return Answer(SubscriberOutcome.Drop);
        }

        try
        {
            return Answer(await HandleOnceAsync(integrationEvent, context.RequestServices, cancellationToken));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Nothing was committed, so the inbox has no row and Dapr's redelivery runs the handler again.
            LogHandlerFailed(ex, integrationEvent.EventId, subscription.Topic);
            return Answer(SubscriberOutcome.Retry);
        }
    }

    private async Task<SubscriberOutcome> HandleOnceAsync(TEvent integrationEvent, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);

                var receivedAt = timeProvider.GetUtcNow().UtcDateTime;
                if (!await InboxRecord.TryInsertAsync(db, integrationEvent.EventId, subscription.Consumer, receivedAt, ct))
                {
                    LogDuplicate(integrationEvent.EventId, subscription.Topic);
                    return SubscriberOutcome.Success;
                }

                var outcome = await handler(integrationEvent, db, services, ct);
                if (outcome != SubscriberOutcome.Success)
                {
                    // Disposing the transaction uncommitted discards the inbox row with the handler's work.
                    LogNotHandled(integrationEvent.EventId, subscription.Topic, outcome);
                    return outcome;
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return outcome;
            },
            cancellationToken);
    }

    /// <returns>Null when the body is not this event: Dapr would deliver the same bytes again, so retrying is useless.</returns>
    private static async Task<TEvent?> ReadEventAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var json = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, MessagingJson.Options, cancellationToken);

            // IntegrationEvent gives a missing EventId a fresh value, which would make a redelivery look new.
            if (json.ValueKind != JsonValueKind.Object
                || !json.TryGetProperty(EventIdProperty, out var eventId)
                || eventId.ValueKind != JsonValueKind.String
                || !eventId.TryGetGuid(out var id)
                || id == Guid.Empty)
            {
                return null;
            }

            return json.Deserialize<TEvent>(MessagingJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Dapr reads the status from a 200 body; any other status code it treats as RETRY, 404 as DROP.
    private static IResult Answer(SubscriberOutcome outcome) => Results.Json(
        new { status = outcome.ToString().ToUpperInvariant() }, MessagingJson.Options);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a {Topic} delivery whose data is not a valid event")]
    private partial void LogMalformed(string topic);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} on {Topic} was already handled; redelivery ignored")]
    private partial void LogDuplicate(Guid eventId, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId} on {Topic} was not handled: {Outcome}")]
    private partial void LogNotHandled(Guid eventId, string topic, SubscriberOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling event {EventId} on {Topic} failed; asking Dapr to retry")]
    private partial void LogHandlerFailed(Exception exception, Guid eventId, string topic);
}
