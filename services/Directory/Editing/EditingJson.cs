using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Directory.Api.OpenReferral;
using Platform.ServiceDefaults.Validation;

namespace Directory.Api.Editing;

/// <summary>
/// Reads ORUK documents sent to be saved (by an editor or from an imported feed). The documents' own
/// <c>required</c> members are relaxed here, so a missing field reaches the validators, which name it and
/// say what to give, instead of the serializer stopping at the first one.
/// </summary>
public static class EditingJson
{
    public static readonly JsonSerializerOptions Options = new(OpenReferralJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                type =>
                {
                    foreach (var property in type.Properties)
                    {
                        property.IsRequired = false;
                    }
                },
            },
        },
    };

    /// <summary>Reads <paramref name="json"/> as a <typeparamref name="T"/>; a value of the wrong type is an error naming its field.</summary>
    public static bool TryRead<T>(JsonNode json, [NotNullWhen(true)] out T? document, ValidationErrors errors)
        where T : class
    {
        try
        {
            document = json.Deserialize<T>(Options);
        }
        catch (JsonException exception)
        {
            errors.Add(FieldName(exception.Path), exception.Message.Split(" Path:")[0]);
            document = null;
            return false;
        }

        if (document is null)
        {
            errors.Add("body", "Send a JSON object.");
        }

        return document is not null;
    }

    // System.Text.Json reports "$.schedules[0].opens_at"; the caller knows the field as "schedules[0].opens_at".
    private static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
