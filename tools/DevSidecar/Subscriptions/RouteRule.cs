using System.Text.RegularExpressions;
using DevSidecar.Publishing;

namespace DevSidecar.Subscriptions;

/// <summary>
/// A routing rule of a subscription: a CEL expression over the CloudEvent and the path for events it matches.
/// The sidecar evaluates the form routing rules are written in here, equality of CloudEvent attributes joined by
/// <c>&amp;&amp;</c> (<c>event.type == "referral.accepted"</c>); a rule in any other form never matches, and
/// discovery logs it. An empty match always matches, as in Dapr.
/// </summary>
internal sealed partial class RouteRule
{
    private readonly IReadOnlyList<(string Attribute, string Value)>? _conditions;

    private RouteRule(string match, string path, IReadOnlyList<(string Attribute, string Value)>? conditions)
    {
        Match = match;
        Path = path;
        _conditions = conditions;
    }

    public string Match { get; }

    public string Path { get; }

    public bool IsSupported => _conditions is not null;

    public static RouteRule Parse(string? match, string path)
    {
        match ??= "";
        if (string.IsNullOrWhiteSpace(match))
        {
            return new RouteRule(match, path, []);
        }

        var conditions = new List<(string Attribute, string Value)>();
        foreach (var term in match.Split("&&"))
        {
            var equality = AttributeEquality().Match(term);
            if (!equality.Success)
            {
                return new RouteRule(match, path, conditions: null);
            }

            conditions.Add((equality.Groups["attribute"].Value, equality.Groups["value"].Value));
        }

        return new RouteRule(match, path, conditions);
    }

    public bool Matches(CloudEventEnvelope envelope) =>
        _conditions is not null && _conditions.All(condition => envelope.Attribute(condition.Attribute) == condition.Value);

    [GeneratedRegex("""^\s*event\.(?<attribute>[a-z0-9_]+)\s*==\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')\s*$""")]
    private static partial Regex AttributeEquality();
}
