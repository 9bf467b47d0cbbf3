using System.Text.Json;

namespace DirectoryDataGenerator;

/// <summary>
/// The taxonomies of the demo dataset (tools/Launcher/Seed/directory.json, embedded at build time):
/// copied into every generated file, and the terms generated services are tagged with.
/// </summary>
public sealed class DemoTaxonomies
{
    private readonly Dictionary<(string Taxonomy, string Term), JsonElement> _terms = [];

    private DemoTaxonomies(JsonElement taxonomies)
    {
        All = taxonomies;
        foreach (var taxonomy in taxonomies.EnumerateArray())
        {
            var name = taxonomy.GetProperty("name").GetString()!;
            foreach (var term in taxonomy.GetProperty("taxonomy_terms").EnumerateArray())
            {
                _terms[(name, term.GetProperty("term").GetString()!)] = term;
            }
        }

        Languages = [.. _terms.Keys.Where(key => key.Taxonomy == "ncp-language").Select(key => key.Term)];
    }

    /// <summary>The taxonomies array, as the demo file has it.</summary>
    public JsonElement All { get; }

    /// <summary>The language codes of the <c>ncp-language</c> taxonomy.</summary>
    public IReadOnlyList<string> Languages { get; }

    public static DemoTaxonomies Load()
    {
        using var stream = typeof(DemoTaxonomies).Assembly.GetManifestResourceStream("DirectoryDataGenerator.demo-directory.json")
            ?? throw new InvalidOperationException("The embedded demo dataset is missing.");
        using var document = JsonDocument.Parse(stream);
        return new DemoTaxonomies(document.RootElement.GetProperty("taxonomies").Clone());
    }

    /// <summary>A term (its full ORUK taxonomy_term object) by taxonomy name and term code.</summary>
    public JsonElement Term(string taxonomy, string term) =>
        _terms.TryGetValue((taxonomy, term), out var found)
            ? found
            : throw new InvalidOperationException($"The demo taxonomies have no term {taxonomy}/{term}.");

    public bool Has(string taxonomy, string term) => _terms.ContainsKey((taxonomy, term));
}
