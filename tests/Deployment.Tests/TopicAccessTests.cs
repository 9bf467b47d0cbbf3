using System.Text.RegularExpressions;
using Deployment.Tests.Chart;
using Deployment.Tests.Platform;
using Platform.Contracts.Events;
using Platform.Testing;

namespace Deployment.Tests;

/// <summary>
/// The pub/sub component's scopes and topic access against what the code does: the topics each service
/// publishes (Platform.Contracts TopicPublishers, checked against the code) and the subscriptions each
/// declares to Dapr, dead-letter topics included (Dapr's sidecar publishes those as the subscribing app).
/// </summary>
public sealed partial class TopicAccessTests(DeclaredSubscriptions declared) : IClassFixture<DeclaredSubscriptions>
{
    [Fact]
    public void Every_service_of_the_solution_is_asked_for_its_subscriptions()
    {
        Assert.Equal(DeployedProcess.Services.Select(s => s.Name).Order(), declared.ByService.Keys.Order());
    }

    [Fact]
    public void The_publishers_table_names_the_service_whose_code_publishes_each_topic()
    {
        var topicNames = typeof(Topics).GetFields()
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var published = DeployedProcess.All
            .SelectMany(process => System.IO.Directory
                .EnumerateFiles(RepositoryFiles.PathOf(process.Folder), "*.cs", SearchOption.AllDirectories)
                .Where(file => !file.Contains("/obj/", StringComparison.Ordinal))
                .SelectMany(file => OutboxAdd().Matches(File.ReadAllText(file)))
                .Select(match => (Topic: topicNames[match.Groups["topic"].Value], Publisher: process.Name)))
            .Distinct()
            .ToList();

        Assert.NotEmpty(published);
        Assert.Equal(
            published.OrderBy(p => p.Topic),
            TopicPublishers.ByTopic.Select(p => (Topic: p.Key, Publisher: p.Value)).OrderBy(p => p.Topic));
    }

    [Fact]
    public void Every_topic_a_service_subscribes_to_has_a_publisher()
    {
        Assert.All(
            declared.ByService.Values.SelectMany(subscriptions => subscriptions),
            subscription => Assert.Contains(subscription.Topic, TopicPublishers.ByTopic.Keys));
    }

    [Fact]
    public void Every_subscription_names_its_dead_letter_topic()
    {
        Assert.All(
            declared.ByService.Values.SelectMany(subscriptions => subscriptions),
            subscription => Assert.Equal(Topics.DeadLetterOf(subscription.Topic), subscription.DeadLetterTopic));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Every_subscription_is_on_the_component_the_chart_deploys(string environment)
    {
        var component = Assert.Single(RenderedChart.Of(environment).All<DaprComponent>());

        Assert.All(
            declared.ByService.Values.SelectMany(subscriptions => subscriptions),
            subscription => Assert.Equal(component.Metadata.Name, subscription.PubsubName));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Each_service_may_publish_exactly_its_own_topics_and_its_subscriptions_dead_letters(string environment)
    {
        var component = Assert.Single(RenderedChart.Of(environment).All<DaprComponent>());

        Assert.Equal(Expected(Publishes), component.TopicScopes("publishingScopes").Select(Sorted).OrderBy(s => s.Key));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Each_service_may_subscribe_to_exactly_the_topics_it_declares(string environment)
    {
        var component = Assert.Single(RenderedChart.Of(environment).All<DaprComponent>());

        Assert.Equal(Expected(Subscribes), component.TopicScopes("subscriptionScopes").Select(Sorted).OrderBy(s => s.Key));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void Only_the_services_that_publish_or_subscribe_load_the_component(string environment)
    {
        var component = Assert.Single(RenderedChart.Of(environment).All<DaprComponent>());

        Assert.Equal(PubSubUsers.Order(), component.Scopes.Order());
    }

    [Theory]
    [MemberData(nameof(ValuesFiles.All), MemberType = typeof(ValuesFiles))]
    public void No_topic_but_the_platforms_own_can_be_used(string environment)
    {
        var component = Assert.Single(RenderedChart.Of(environment).All<DaprComponent>());
        var used = DeployedProcess.Services.Select(s => s.Name).SelectMany(s => Publishes(s).Concat(Subscribes(s))).Distinct();

        Assert.Equal(used.Order(), component.Setting("allowedTopics").Split(',').Order());
    }

    /// <summary>What a service publishes: its own events, and the dead letters of what it subscribes to.</summary>
    private IReadOnlySet<string> Publishes(string service) =>
        TopicPublishers.ByTopic.Where(p => p.Value == service).Select(p => p.Key)
            .Concat(declared.ByService[service].Select(s => s.DeadLetterTopic!))
            .ToHashSet();

    private IReadOnlySet<string> Subscribes(string service) => declared.ByService[service].Select(s => s.Topic).ToHashSet();

    private IEnumerable<string> PubSubUsers =>
        DeployedProcess.Services.Select(s => s.Name).Where(s => Publishes(s).Count > 0 || Subscribes(s).Count > 0);

    /// <summary>Each service that uses pub/sub at all, with its topics in order, as the component's scopes list them.</summary>
    private IEnumerable<KeyValuePair<string, string[]>> Expected(Func<string, IReadOnlySet<string>> topicsOf) =>
        PubSubUsers.Select(s => KeyValuePair.Create(s, topicsOf(s).Order().ToArray())).OrderBy(s => s.Key);

    private static KeyValuePair<string, string[]> Sorted(KeyValuePair<string, IReadOnlySet<string>> scope) =>
        KeyValuePair.Create(scope.Key, scope.Value.Order().ToArray());

    [GeneratedRegex(@"outbox\.Add\(\s*Topics\.(?<topic>\w+)")]
    private static partial Regex OutboxAdd();
}
