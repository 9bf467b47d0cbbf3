using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>A record sent to be saved: its id settled (kept, or given), its new nested records given ids, read as its ORUK document.</summary>
public static class RequestBody
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 100;

    /// <summary>
    /// Reads <paramref name="body"/> as a record whose id is <paramref name="id"/> when the body gives none.
    /// A body naming another id than <paramref name="requiredId"/> (the one in the address) is refused.
    /// </summary>
    public static bool TryRead<T>(JsonObject body, Guid id, Guid? requiredId, ValidationErrors errors, [NotNullWhen(true)] out T? document)
        where T : class
    {
        body["id"] ??= id.ToString();
        RecordIds.FillMissing(body, id);
        if (!EditingJson.TryRead(body, out document, errors))
        {
            return false;
        }

        if (requiredId is { } required && body["id"] is JsonValue value && value.TryGetValue<string>(out var given)
            && Guid.TryParse(given, out var parsed) && parsed != required)
        {
            errors.Add("id", "The id in the body is not the one in the address; leave it out, or make them agree.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The id for a record being added: the one the body gives; else one made from the
    /// <c>Idempotency-Key</c> (so a retry makes the same record); else a new one.
    /// </summary>
    public static Guid NewRecordId(JsonObject body, Guid scope, string kind, string? idempotencyKey) =>
        body["id"] is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var given) ? given
        : idempotencyKey is not null ? NameBasedUuid.Create(scope, $"{kind}\n{idempotencyKey}")
        : Guid.CreateVersion7();

    public static void CheckIdempotencyKey(string? idempotencyKey, ValidationErrors errors)
    {
        if (idempotencyKey is { Length: 0 or > MaxIdempotencyKeyLength })
        {
            errors.Add(IdempotencyHeader, $"The {IdempotencyHeader} header is 1 to {MaxIdempotencyKeyLength} characters.");
        }
    }
}
