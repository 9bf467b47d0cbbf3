using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Directory.Api.Search.Index;

/// <summary>Runs text through an analyzer and gives back its tokens, as the index would see them.</summary>
internal static class TextTokens
{
    public static List<string> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
