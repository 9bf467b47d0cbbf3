using Directory.Api.Geography;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Directory.Api.Search.Index;

/// <summary>
/// The filters the index answers by itself, as one Lucene filter: the ORUK ones, the extension ones
/// with a field, the postcode's council, and a bounding box around the postcode for a radius. What
/// depends on the moment (open now) or needs exact arithmetic (the distance) is checked per hit by
/// <see cref="ServiceHitCollector"/>.
/// </summary>
internal static class IndexFilter
{
    public static Filter? For(ServiceQuery query, GeocodeResult? place)
    {
        var filter = query.Filter;
        var search = query.Search;
        var clauses = new List<Query>();
        AddTerm(clauses, IndexFields.TermId, filter.TaxonomyTermId?.ToString("D"));
        AddTerm(clauses, IndexFields.TaxonomyId, filter.TaxonomyId?.ToString("D"));
        AddTerm(clauses, IndexFields.OrganizationId, filter.OrganizationId?.ToString("D"));
        AddTerm(clauses, IndexFields.Language, search.Language);
        AddTerm(clauses, IndexFields.ReferralRoute, search.Accepts);
        AddTerm(clauses, IndexFields.Free, search.Free ? IndexFields.True : null);

        if (filter.ModifiedAfter is { } modifiedAfter)
        {
            clauses.Add(NumericRangeQuery.NewInt64Range(IndexFields.LastModified, modifiedAfter.Ticks, null, true, true));
        }

        if (search.Age is { } age)
        {
            clauses.Add(NumericRangeQuery.NewInt32Range(IndexFields.MinimumAge, null, age, true, true));
            clauses.Add(NumericRangeQuery.NewInt32Range(IndexFields.MaximumAge, age, null, true, true));
        }

        if (search.Channels.Count > 0)
        {
            clauses.Add(AnyOf(search.Channels.Select(channel => new TermQuery(new Term(IndexFields.Channel, channel)))));
        }

        // The borough facet counts services under the areas they name, so this filter keeps exactly the services a borough's count counted.
        if (search.Boroughs.Count > 0)
        {
            clauses.Add(AnyOf(search.Boroughs.Select(borough => new TermQuery(new Term(IndexFields.Area, borough.ToLowerInvariant())))));
        }

        // ORUK: where a service states its area, the postcode must lie in it. Our areas are councils,
        // so the postcode's council must be one of them; a service that states none is not excluded.
        if (place?.LocalAuthority is { } council)
        {
            clauses.Add(AnyOf([
                new TermQuery(new Term(IndexFields.Area, council.ToLowerInvariant())),
                new TermQuery(new Term(IndexFields.HasArea, IndexFields.False)),
            ]));
        }

        if (place is not null && search.ProximityInMetres is { } radius)
        {
            var box = BoundingBox.Around(place.Latitude, place.Longitude, radius);
            clauses.Add(NumericRangeQuery.NewDoubleRange(IndexFields.Latitude, box.MinLatitude, box.MaxLatitude, true, true));
            clauses.Add(NumericRangeQuery.NewDoubleRange(IndexFields.Longitude, box.MinLongitude, box.MaxLongitude, true, true));
        }

        if (clauses.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var clause in clauses)
        {
            all.Add(clause, Occur.MUST);
        }

        return new QueryWrapperFilter(all);
    }

    private static void AddTerm(List<Query> clauses, string field, string? value)
    {
        if (value is not null)
        {
            clauses.Add(new TermQuery(new Term(field, value)));
        }
    }

    private static BooleanQuery AnyOf(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery();
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }
}
