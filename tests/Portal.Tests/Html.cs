using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests;

/// <summary>A page as a browser receives it: the response and its parsed document.</summary>
public sealed record HtmlPage(HttpResponseMessage Response, IHtmlDocument Document)
{
    public string Title => Document.Title ?? string.Empty;

    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    /// <summary>The page's visible words with runs of white space made single, for "the page says" assertions.</summary>
    public string Text => Normalise(Document.Body?.TextContent);

    public static string Normalise(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HtmlPage> GetPageAsync(this HttpClient http, string path, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        var response = await http.SendAsync(request);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return new HtmlPage(response, document);
    }
}
