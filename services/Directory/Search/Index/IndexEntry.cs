using Lucene.Net.Documents;

namespace Directory.Api.Search.Index;

/// <summary>A service as the index holds it: its Lucene document and what searches read beside it.</summary>
internal sealed record IndexEntry(IndexedService Service, Document Document);
