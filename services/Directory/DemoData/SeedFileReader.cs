using System.Runtime.CompilerServices;
using System.Text.Json;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.DemoData;

/// <summary>
/// Reads a seed file, <c>{ "taxonomies": [...], "services": [...] }</c>, one taxonomy or service at a
/// time, so that a file of a million services is never in memory at once. Other properties are skipped.
/// </summary>
/// <remarks>
/// Each list is read in a pass of its own over the file, so the two may come in either order and the
/// taxonomies can always be read first: an attribute names its term by id, or carries a copy that names
/// only the term's taxonomy, so a term resolves, and its taxonomy is written with its own description,
/// uri and version, only once the taxonomies are known.
/// </remarks>
internal sealed class SeedFileReader(string path)
{
    public string Path { get; } = path;

    public async Task<IReadOnlyList<TaxonomyDocument>> ReadTaxonomiesAsync(CancellationToken cancellationToken)
    {
        var taxonomies = new List<TaxonomyDocument>();
        await foreach (var taxonomy in ReadListAsync<TaxonomyDocument>("taxonomies", cancellationToken))
        {
            taxonomies.Add(taxonomy);
        }

        return taxonomies;
    }

    public IAsyncEnumerable<ServiceDocument> ReadServicesAsync(CancellationToken cancellationToken) =>
        ReadListAsync<ServiceDocument>("services", cancellationToken);

    private async IAsyncEnumerable<T> ReadListAsync<T>(string property, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await using var file = File.OpenRead(Path);
        var json = new StreamingJsonReader(file, OpenReferralJson.Options);
        if ((await Checked(json.ReadTokenAsync(cancellationToken))).Type != JsonTokenType.StartObject)
        {
            throw Invalid("is not a JSON object");
        }

        while (true)
        {
            var (type, name) = await Checked(json.ReadTokenAsync(cancellationToken));
            if (type == JsonTokenType.EndObject)
            {
                yield break;
            }

            if (!string.Equals(name, property, StringComparison.OrdinalIgnoreCase))
            {
                await Checked(json.SkipValueAsync(cancellationToken));
                continue;
            }

            if ((await Checked(json.ReadTokenAsync(cancellationToken))).Type != JsonTokenType.StartArray)
            {
                throw Invalid($"has a \"{property}\" that is not a list");
            }

            for (var index = 0; !await Checked(json.AtArrayEndAsync(cancellationToken)); index++)
            {
                yield return await ReadItemAsync<T>(json, property, index, cancellationToken);
            }

            yield break;
        }
    }

    /// <summary>One taxonomy or service; what is wrong with it is put in terms of the file and its place in the list.</summary>
    private async Task<T> ReadItemAsync<T>(StreamingJsonReader json, string property, int index, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await json.ReadValueAsync<T>(cancellationToken) ?? throw Invalid($"has a null at {property}[{index}]");
        }
        catch (JsonException exception)
        {
            throw Invalid($"has something wrong at {property}[{index}]: {exception.Message}", exception);
        }
    }

    /// <summary>A step between the items, with a JSON error put in terms of the file.</summary>
    private async ValueTask<T> Checked<T>(ValueTask<T> step)
    {
        try
        {
            return await step;
        }
        catch (JsonException exception)
        {
            throw Invalid($"is not valid JSON: {exception.Message}", exception);
        }
    }

    private async ValueTask Checked(ValueTask step)
    {
        try
        {
            await step;
        }
        catch (JsonException exception)
        {
            throw Invalid($"is not valid JSON: {exception.Message}", exception);
        }
    }

    private InvalidDataException Invalid(string problem, Exception? inner = null) => new($"The seed file {Path} {problem}.", inner);
}
