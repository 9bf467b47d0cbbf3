using System.Collections.Concurrent;
using Directory.Api.Geography;
using Directory.Api.Model;
using Directory.Api.OpeningHours;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Directory.Api.Search.Index;

/// <summary>
/// The Directory's search index: a Lucene.NET index of every service, held in memory, built from the
/// database at start (<see cref="ServiceIndexBuilder"/>) and kept current by <see cref="ServiceIndexMaintainer"/>.
/// A search answers with ranked ids, never rows: the caller loads only the page's records.
/// </summary>
/// <remarks>
/// Changes are seen through a near-real-time reader: <see cref="Publish"/> reopens it from the writer
/// without a commit, which is what makes a change searchable at once. Nothing is committed or kept on
/// disk: the database is the record, and the index is rebuilt from it at every start.
/// </remarks>
public sealed class ServiceIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ConcurrentDictionary<Guid, IndexedService> _services = new();
    private readonly SegmentServices _segments;
    private readonly FacetCatalog _facets = new();
    private readonly IndexEntryFactory _entries;
    private readonly RelevanceQuery _relevance;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServiceIndex(BankHolidayCalendar bankHolidays)
    {
        var english = new EnglishTextAnalyzer();
        var plain = new PlainTextAnalyzer();
        var analyzer = new PerFieldAnalyzerWrapper(english, new Dictionary<string, Lucene.Net.Analysis.Analyzer>
        {
            [IndexFields.PlainName] = plain,
            [IndexFields.PlainBody] = plain,
        });
        _writer = new IndexWriter(_directory, new IndexWriterConfig(EnglishTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Bm25SearcherFactory.Similarity,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        _segments = new SegmentServices(_services);
        _entries = new IndexEntryFactory(bankHolidays, _facets, plain);
        _relevance = new RelevanceQuery(english, plain, _entries);
    }

    /// <summary>True once the first build has been published; from then on searches see every service.</summary>
    public bool IsReady => _ready.Task.IsCompleted;

    public int Count => _services.Count;

    /// <summary>Waits for the first build, up to <paramref name="timeout"/>; false if it is not done by then.</summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Empties the index, for a build from scratch. Searches see it only once it is published.</summary>
    public void Clear()
    {
        _writer.DeleteAll();
        _services.Clear();
    }

    /// <summary>
    /// Adds or replaces the services' documents. Each must be loaded with its attributes (term and
    /// taxonomy), schedules, cost options, service areas and locations.
    /// </summary>
    public void Put(IEnumerable<Service> services)
    {
        foreach (var service in services)
        {
            var entry = _entries.Create(service);
            // What a search reads beside the document is in place before the document can be found.
            _services[service.Id] = entry.Service;
            _writer.UpdateDocument(new Term(IndexFields.Id, service.Id.ToString("D")), entry.Document);
        }
    }

    public void Remove(IEnumerable<Guid> serviceIds)
    {
        foreach (var id in serviceIds)
        {
            _writer.DeleteDocuments(new Term(IndexFields.Id, id.ToString("D")));
            _services.TryRemove(id, out _);
        }
    }

    /// <summary>Makes everything put or removed so far searchable, and marks the index ready.</summary>
    public void Publish()
    {
        _searchers.MaybeRefreshBlocking();
        _ready.TrySetResult();
    }

    /// <summary>
    /// The page of services matching the query (its text, filters, sort and page), the postcode's place
    /// when one was given, and <paramref name="now"/> for <c>open_now</c>.
    /// </summary>
    public ServiceIndexResult Search(ServiceQuery query, GeocodeResult? place, DateTimeOffset now)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var text = query.Filter.Text is { } words ? _relevance.For(words, searcher.IndexReader) : new MatchAllDocsQuery();
            var collector = new ServiceHitCollector(
                _segments,
                place,
                query.Search.ProximityInMetres,
                IsOpen(query.Search, now),
                ServiceHitOrder.By(query.Sort),
                (long)(query.Page.Page - 1) * query.Page.PerPage,
                query.Page.PerPage,
                query.Facets ? new FacetCounts(_facets.Count) : null);
            searcher.Search(text, IndexFilter.For(query, place), collector);
            return collector.Result();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static Func<OpeningSchedule, bool>? IsOpen(SearchFilters search, DateTimeOffset now) =>
        search.OpenAt is { } londonTime ? schedule => schedule.IsOpenAt(londonTime)
        : search.OpenNow ? schedule => schedule.IsOpenAt(now)
        : null;
}
