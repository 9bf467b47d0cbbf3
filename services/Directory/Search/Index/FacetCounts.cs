using Directory.Api.Model;
using Directory.Api.OpenReferral.Documents;

namespace Directory.Api.Search.Index;

/// <summary>Counts the results by each of their <see cref="FacetValue"/>s, an array slot per value.</summary>
internal sealed class FacetCounts(int size)
{
    private int[] _counts = new int[size];
    private readonly List<FacetValue> _seen = [];

    public void Add(IndexedService service)
    {
        foreach (var value in service.Facets)
        {
            // A service indexed while this search ran may carry a value numbered after the array was sized.
            if (value.Ordinal >= _counts.Length)
            {
                Array.Resize(ref _counts, value.Ordinal + 1);
            }

            if (_counts[value.Ordinal]++ == 0)
            {
                _seen.Add(value);
            }
        }
    }

    /// <summary>Every facet taxonomy (empty when nothing was counted under it), channels and boroughs; most results first, then by name.</summary>
    public SearchFacetsDocument ToDocument()
    {
        var counted = _seen
            .Select(value => (Value: value, Count: _counts[value.Ordinal]))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value.Name, StringComparer.Ordinal).ThenBy(c => c.Value.Code, StringComparer.Ordinal)
            .ToList();
        return new SearchFacetsDocument
        {
            TaxonomyTerms = IndexEntryFactory.FacetTaxonomies.ToDictionary(
                taxonomy => taxonomy,
                taxonomy => (IReadOnlyList<TermFacetDocument>)counted
                    .Where(c => c.Value.Facet == taxonomy)
                    .Select(c => new TermFacetDocument { Id = c.Value.TermId!.Value, Term = c.Value.Code, Name = c.Value.Name, Count = c.Count })
                    .ToList()),
            Channel = counted
                .Where(c => c.Value.Facet == PlatformTaxonomies.Channel)
                .Select(c => new ValueFacetDocument { Value = c.Value.Code, Count = c.Count })
                .ToList(),
            Borough = counted
                .Where(c => c.Value.Facet == FacetCatalog.Borough)
                .Select(c => new ValueFacetDocument { Value = c.Value.Name, Count = c.Count })
                .ToList(),
        };
    }
}
