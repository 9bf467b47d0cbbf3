using System.Collections.Concurrent;
using System.Text.Json;
using DevSidecar.Apps;
using DevSidecar.Publishing;
using Microsoft.Extensions.Options;

namespace DevSidecar.Subscriptions;

/// <summary>
/// Asks every configured app for its subscriptions on <c>GET /dapr/subscribe</c>: at start, every
/// <see cref="DiscoveryOptions.Interval"/>, and whenever a publish finds no subscriber. Apps start in any order and
/// may come and go, so an app that does not answer keeps the subscriptions it had and is asked again next round.
/// </summary>
internal sealed partial class SubscriptionDiscovery : BackgroundService
{
    private readonly AppChannel _channel;
    private readonly SubscriptionRegistry _registry;
    private readonly IReadOnlyList<AppRegistration> _apps;
    private readonly DiscoveryOptions _options;
    private readonly HashSet<string> _pubSubNames;
    private readonly ILogger<SubscriptionDiscovery> _logger;
    private readonly SemaphoreSlim _oneRoundAtATime = new(1, 1);
    private readonly ConcurrentDictionary<string, string> _lastAnswers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _answering = new(StringComparer.Ordinal);

    public SubscriptionDiscovery(
        AppChannel channel,
        SubscriptionRegistry registry,
        IOptions<AppsOptions> apps,
        IOptions<DiscoveryOptions> options,
        IOptions<PubSubOptions> pubSubs,
        ILogger<SubscriptionDiscovery> logger)
    {
        _channel = channel;
        _registry = registry;
        _apps = apps.Value.Apps;
        _options = options.Value;
        _pubSubNames = pubSubs.Value.Names.ToHashSet(StringComparer.Ordinal);
        _logger = logger;
    }

    /// <summary>Asks every app now, after any round already under way.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _oneRoundAtATime.WaitAsync(cancellationToken);
        try
        {
            await Task.WhenAll(_apps.Select(app => RefreshAppAsync(app, cancellationToken)));
        }
        finally
        {
            _oneRoundAtATime.Release();
        }
    }

    public override void Dispose()
    {
        _oneRoundAtATime.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval);
        do
        {
            await RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RefreshAppAsync(AppRegistration app, CancellationToken cancellationToken)
    {
        string answer;
        try
        {
            answer = await _channel.GetSubscriptionsAsync(app, _options.Timeout, cancellationToken) ?? "[]";
        }
        catch (HttpRequestException exception)
        {
            if (_answering.GetValueOrDefault(app.AppId, true))
            {
                LogAppNotAnswering(app.AppId, app.Url, exception.Message);
            }

            _answering[app.AppId] = false;
            return;
        }

        if (!_answering.GetValueOrDefault(app.AppId, true))
        {
            LogAppAnsweringAgain(app.AppId);
        }

        _answering[app.AppId] = true;
        // An unchanged answer has been read, and anything wrong with it logged, already.
        if (_lastAnswers.TryGetValue(app.AppId, out var last) && last == answer)
        {
            return;
        }

        _lastAnswers[app.AppId] = answer;
        IReadOnlyList<SubscriptionDocument> documents;
        try
        {
            documents = SubscriptionDocument.ParseAll(answer);
        }
        catch (JsonException exception)
        {
            LogInvalidAnswer(app.AppId, exception.Message);
            return;
        }

        var subscriptions = ToSubscriptions(app, documents);
        _registry.Replace(app.AppId, subscriptions);
        LogSubscriptionsDiscovered(
            app.AppId,
            subscriptions.Count,
            string.Join(", ", subscriptions.Select(subscription => $"{subscription.PubSubName}/{subscription.Topic}")));
    }

    private List<Subscription> ToSubscriptions(AppRegistration app, IReadOnlyList<SubscriptionDocument> documents)
    {
        var subscriptions = new List<Subscription>();
        foreach (var document in documents)
        {
            if (string.IsNullOrEmpty(document.PubsubName) || string.IsNullOrEmpty(document.Topic))
            {
                LogSubscriptionIgnored(app.AppId, document.PubsubName, document.Topic, "it names no pubsub or no topic");
                continue;
            }

            if (!_pubSubNames.Contains(document.PubsubName))
            {
                LogSubscriptionIgnored(app.AppId, document.PubsubName, document.Topic, "the sidecar has no pubsub of that name");
                continue;
            }

            // Dapr registers one subscription per pubsub and topic for an app and ignores the others.
            if (subscriptions.Exists(known => known.PubSubName == document.PubsubName && known.Topic == document.Topic))
            {
                LogSubscriptionIgnored(app.AppId, document.PubsubName, document.Topic, "the app already subscribed to that topic");
                continue;
            }

            var rules = (document.Routes?.Rules ?? [])
                .Where(rule => !string.IsNullOrEmpty(rule.Path))
                .Select(rule => RouteRule.Parse(rule.Match, rule.Path!))
                .ToList();
            var defaultRoute = NullIfEmpty(document.Routes?.Default) ?? NullIfEmpty(document.Route);
            if (rules.Count == 0 && defaultRoute is null)
            {
                LogSubscriptionIgnored(app.AppId, document.PubsubName, document.Topic, "it has no route");
                continue;
            }

            foreach (var rule in rules.Where(rule => !rule.IsSupported))
            {
                LogUnsupportedRule(app.AppId, document.Topic, rule.Match);
            }

            if (document.Metadata?.GetValueOrDefault("rawPayload") is { } rawPayload
                && rawPayload.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                LogRawPayloadNotSupported(app.AppId, document.Topic);
            }

            subscriptions.Add(new Subscription(
                app.AppId,
                app.BaseUri,
                document.PubsubName,
                document.Topic,
                rules,
                defaultRoute,
                NullIfEmpty(document.DeadLetterTopic)));
        }

        return subscriptions;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "App {AppId} subscribes to {Count} topic(s): {Topics}")]
    private partial void LogSubscriptionsDiscovered(string appId, int count, string topics);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "App {AppId} does not answer at {Url} ({Reason}); it will be asked again")]
    private partial void LogAppNotAnswering(string appId, string url, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "App {AppId} answers again")]
    private partial void LogAppAnsweringAgain(string appId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "App {AppId} answered /dapr/subscribe with something that is not a list of subscriptions: {Reason}")]
    private partial void LogInvalidAnswer(string appId, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Subscription of app {AppId} to {PubSubName}/{Topic} ignored: {Reason}")]
    private partial void LogSubscriptionIgnored(string appId, string? pubSubName, string? topic, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "App {AppId}, topic {Topic}: routing rule '{Match}' is not an equality of CloudEvent attributes; it never matches here")]
    private partial void LogUnsupportedRule(string appId, string topic, string match);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "App {AppId} asks for raw payloads on topic {Topic}; the development sidecar delivers CloudEvents")]
    private partial void LogRawPayloadNotSupported(string appId, string topic);
}
