using System.Collections.Concurrent;

namespace Directory.Api.Search.Index;

/// <summary>Every <see cref="FacetValue"/> the index has seen, each made once and numbered from 0.</summary>
internal sealed class FacetCatalog
{
    public const string Borough = "borough";

    private readonly ConcurrentDictionary<(string Facet, Guid? TermId, string Code, string Name), FacetValue> _values = new();
    private int _count;

    /// <summary>One more than the highest ordinal handed out so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public FacetValue Term(string taxonomy, Guid termId, string code, string name) => Intern(taxonomy, termId, code, name);

    public FacetValue Area(string name) => Intern(Borough, null, name, name);

    // Two threads may both make a value for a new key; one is kept, and the other's ordinal is never used.
    private FacetValue Intern(string facet, Guid? termId, string code, string name) =>
        _values.GetOrAdd((facet, termId, code, name), key => new FacetValue(Interlocked.Increment(ref _count) - 1, key.Facet, key.TermId, key.Code, key.Name));
}
