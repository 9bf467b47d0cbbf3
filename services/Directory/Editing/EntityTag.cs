using Microsoft.Extensions.Primitives;

namespace Directory.Api.Editing;

/// <summary>
/// A service's version as an HTTP entity tag (<c>"3"</c>): answered on reads and writes, sent back in
/// <c>If-Match</c> with an edit. Strong, as <c>If-Match</c> compares strongly: the version changes whenever
/// the service's document does, its shared records included.
/// </summary>
public static class EntityTag
{
    public static string Of(int version) => $"\"{version}\"";

    /// <summary>RFC 9110: true when any listed tag is the current one, or the list is <c>*</c>; weak tags never match.</summary>
    public static bool Matches(StringValues ifMatch, int version) =>
        ifMatch.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(tag => tag == "*" || tag == Of(version));
}
