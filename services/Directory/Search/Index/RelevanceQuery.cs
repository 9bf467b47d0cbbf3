using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Directory.Api.Search.Index;

/// <summary>
/// Turns the words of a <c>search</c> into a ranked Lucene query. Every word must match (after
/// stemming) in the name, the term names or the description; a name match weighs three times a
/// description match and a term match twice. A word of four letters or more that matches nothing in
/// the index, even stemmed, is taken as misspelt and compared with the words as written, allowing one
/// edit (4 to 7 letters) or two (8 or more): "walkng" finds "walking". A word the index knows is never
/// widened, so "food" does not also find "foot". A search that is exactly a service's name puts that
/// service first. Words English ignores ("the", "with") are left out; a search of nothing else matches nothing.
/// </summary>
internal sealed class RelevanceQuery(EnglishTextAnalyzer english, PlainTextAnalyzer plain, IndexEntryFactory entries)
{
    private const float NameBoost = 3f;
    private const float TermNameBoost = 2f;
    private const float DescriptionBoost = 1f;
    private const float ExactNameBoost = 10f;
    private const int ShortestMisspeltWord = 4;
    private const int ShortestWordWithTwoEdits = 8;

    public Query For(string text, IndexReader reader)
    {
        var query = new BooleanQuery();
        foreach (var word in TextTokens.Read(plain, text).Distinct())
        {
            var stems = TextTokens.Read(english, word);
            if (stems.Count > 0)
            {
                query.Add(WordQuery(word, stems, reader), Occur.MUST);
            }
        }

        if (query.Clauses.Count > 0)
        {
            query.Add(new TermQuery(new Term(IndexFields.ExactName, entries.ExactName(text))) { Boost = ExactNameBoost }, Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery WordQuery(string word, List<string> stems, IndexReader reader)
    {
        var query = new BooleanQuery();
        var known = false;
        foreach (var stem in stems)
        {
            foreach (var (field, boost) in new[] { (IndexFields.Name, NameBoost), (IndexFields.TermNames, TermNameBoost), (IndexFields.Description, DescriptionBoost) })
            {
                var term = new Term(field, stem);
                known |= reader.DocFreq(term) > 0;
                query.Add(new TermQuery(term) { Boost = boost }, Occur.SHOULD);
            }
        }

        if (!known && word.Length >= ShortestMisspeltWord)
        {
            var edits = word.Length >= ShortestWordWithTwoEdits ? 2 : 1;
            query.Add(new FuzzyQuery(new Term(IndexFields.PlainName, word), edits) { Boost = NameBoost }, Occur.SHOULD);
            query.Add(new FuzzyQuery(new Term(IndexFields.PlainBody, word), edits) { Boost = DescriptionBoost }, Occur.SHOULD);
        }

        return query;
    }
}
