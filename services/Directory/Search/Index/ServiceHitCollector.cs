using Directory.Api.Geography;
using Directory.Api.OpeningHours;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Directory.Api.Search.Index;

/// <summary>
/// Takes every document the query and filter let through, applies what only a hit can answer (the
/// exact distance to the nearest location, whether the service is open), and keeps the count, the
/// facet counts and the best <c>skip + take</c> hits in a bounded heap: a page is cut from the whole
/// result set without sorting all of it.
/// </summary>
internal sealed class ServiceHitCollector : ICollector
{
    private readonly SegmentServices _segments;
    private readonly GeocodeResult? _place;
    private readonly int? _radius;
    private readonly Func<OpeningSchedule, bool>? _isOpen;
    private readonly ServiceHitOrder _order;
    private readonly long _skip;
    private readonly long _keep;
    private readonly PriorityQueue<ServiceHit, ServiceHit> _best;
    private readonly FacetCounts? _facets;
    private IndexedService?[] _segment = [];
    private Scorer? _scorer;
    private int _total;

    public ServiceHitCollector(
        SegmentServices segments, GeocodeResult? place, int? radius, Func<OpeningSchedule, bool>? isOpen,
        ServiceHitOrder order, long skip, int take, FacetCounts? facets)
    {
        _segments = segments;
        _place = place;
        _radius = radius;
        _isOpen = isOpen;
        _order = order;
        _skip = skip;
        _keep = skip + take;
        // The root is the worst hit kept, so a better one replaces it.
        _best = new PriorityQueue<ServiceHit, ServiceHit>(Comparer<ServiceHit>.Create((x, y) => order.Compare(y, x)));
        _facets = facets;
    }

    // Hits are ranked by their scores and ids, not by the order they arrive in: any order is as good.
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _segment = _segments.For(context.AtomicReader);

    public void Collect(int doc)
    {
        if (_segment[doc] is not { } service)
        {
            return;
        }

        double? distance = null;
        if (_place is not null)
        {
            var nearest = service.NearestDistanceInMetres(_place.Latitude, _place.Longitude);
            if (_radius is { } radius && (nearest is null || nearest > radius))
            {
                return;
            }

            // Whole metres: the postcode is placed at a centroid, so finer would be false precision.
            distance = nearest is { } metres ? Math.Round(metres) : null;
        }

        if (_isOpen is not null && !(service.IsActive && _isOpen(service.Opening)))
        {
            return;
        }

        _total++;
        _facets?.Add(service);
        var hit = new ServiceHit(service, _scorer!.GetScore(), distance);
        if (_best.Count < _keep)
        {
            _best.Enqueue(hit, hit);
        }
        else if (_order.Compare(hit, _best.Peek()) < 0)
        {
            _best.DequeueEnqueue(hit, hit);
        }
    }

    public ServiceIndexResult Result()
    {
        var kept = new List<ServiceHit>(_best.Count);
        while (_best.TryDequeue(out var hit, out _))
        {
            kept.Add(hit);
        }

        kept.Reverse();
        var page = _skip >= kept.Count ? [] : kept.GetRange((int)_skip, kept.Count - (int)_skip);
        return new ServiceIndexResult(page.Select(hit => new ServiceIndexMatch(hit.Service.Id, hit.Distance)).ToList(), _total, _facets?.ToDocument());
    }
}
