using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Directory.Api.Search.Index;

/// <summary>
/// For each segment of the index, its documents' <see cref="IndexedService"/> by document number, read
/// once per segment. A segment never changes once written (a changed service is a new document in a
/// new segment, and its old document is deleted), so the table stays right for as long as the segment
/// lives, and a search reads an array slot per hit instead of a doc value and a dictionary lookup.
/// </summary>
internal sealed class SegmentServices(ConcurrentDictionary<Guid, IndexedService> services)
{
    private readonly ConditionalWeakTable<object, IndexedService?[]> _bySegment = [];

    public IndexedService?[] For(AtomicReader segment) => _bySegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private IndexedService?[] Read(AtomicReader segment)
    {
        var table = new IndexedService?[segment.MaxDoc];
        var ids = segment.GetBinaryDocValues(IndexFields.IdBytes);
        if (ids is null)
        {
            return table;
        }

        var bytes = new BytesRef();
        for (var doc = 0; doc < table.Length; doc++)
        {
            ids.Get(doc, bytes);
            // A document whose service has since been removed has no entry: it is deleted from the index too.
            if (bytes.Length == 16 && services.TryGetValue(new Guid(bytes.Bytes.AsSpan(bytes.Offset, 16)), out var service))
            {
                table[doc] = service;
            }
        }

        return table;
    }
}
