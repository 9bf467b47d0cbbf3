using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Directory.Api.Search.Index;

/// <summary>
/// Words as written, lower-cased and accent-folded, nothing removed or stemmed: what a misspelt search
/// word is compared with, and how the words of a search are told apart.
/// </summary>
internal sealed class PlainTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(EnglishTextAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(EnglishTextAnalyzer.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
