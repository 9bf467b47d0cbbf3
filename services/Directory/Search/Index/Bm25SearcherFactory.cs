using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Directory.Api.Search.Index;

/// <summary>Searchers that score with BM25, as the index is written: it ranks short fields such as names better than classic TF-IDF.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static readonly Similarity Similarity = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
