using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.References;
using NJsonSchema.Validation;
using Platform.Testing;

namespace Directory.Api.Tests;

/// <summary>
/// The ORUK 3.0 JSON schemas from the project's copy of the standard. Their <c>$ref</c>s name the
/// standard's website; they are resolved to the local files so validation works offline.
/// </summary>
public static class OrukSchemas
{
    private const string RemotePrefix = "https://openreferraluk.org/specifications/3.0/schema/";
    private static readonly string Folder = RepositoryFiles.PathOf("standards", "oruk-3.0", "schema");
    private static readonly Dictionary<string, Task<JsonSchema>> Loaded = [];

    public static Task<JsonSchema> GetAsync(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var schema))
            {
                schema = Loaded[name] = LoadAsync(name);
            }

            return schema;
        }
    }

    /// <summary>Every violation of the named schema, as "path: kind" lines; empty when the JSON is valid.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(string name, string json)
    {
        var schema = await GetAsync(name);
        return Flatten(schema.Validate(json)).Select(error => $"{error.Path}: {error.Kind}").ToList();
    }

    public static async Task AssertValidAsync(string name, string json)
    {
        var violations = await ViolationsAsync(name, json);
        Assert.True(violations.Count == 0, $"Not valid against {name}.json:\n{string.Join("\n", violations.Take(30))}");
    }

    // An error inside a referenced schema arrives wrapped ("ArrayItemNotValid"); report the leaves too.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(error => error is ChildSchemaValidationError child
            ? [error, .. Flatten(child.Errors.SelectMany(group => group.Value))]
            : new[] { error });

    private static Task<JsonSchema> LoadAsync(string name) =>
        JsonSchema.FromFileAsync(Path.Combine(Folder, name + ".json"), schema =>
            new LocalReferenceResolver(schema, new SystemTextJsonSchemaGeneratorSettings()));

    private sealed class LocalReferenceResolver(JsonSchema root, JsonSchemaGeneratorSettings settings)
        : JsonReferenceResolver(new JsonSchemaAppender(root, settings.TypeNameGenerator))
    {
        public override async Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
        {
            if (!url.StartsWith(RemotePrefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Schema reference {url} is outside the ORUK 3.0 schemas.");
            }

            var file = Path.Combine(Folder, url[RemotePrefix.Length..]);
            return await JsonSchema.FromFileAsync(file, schema => new LocalReferenceResolver(schema, settings), cancellationToken);
        }
    }

    public static JsonNode Parse(string json) => JsonNode.Parse(json) ?? throw new InvalidDataException("Empty JSON.");
}
