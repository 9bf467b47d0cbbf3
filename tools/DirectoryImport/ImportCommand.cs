using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Directory.Api.Editing;
using Directory.Api.Import;
using Directory.Api.OpenReferral.Documents;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Validation;

namespace DirectoryImport;

/// <summary>Runs the import from its command line: arguments, the database, the feed, then each service; progress on stderr, the summary on stdout.</summary>
public static class ImportCommand
{
    public const int Imported = 0;
    public const int FeedUnreadable = 1;
    public const int BadArguments = 2;
    public const int SomeRecordsFailed = 3;
    public const int DatabaseUnusable = 4;

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter errors, bool progressOnOneLine, CancellationToken cancellationToken)
    {
        var arguments = ImportArguments.Parse(args);
        if (arguments.ShowHelp)
        {
            await output.WriteLineAsync(ImportArguments.Usage);
            return Imported;
        }

        if (arguments.Error is { } error)
        {
            await errors.WriteLineAsync($"error: {error}");
            await errors.WriteLineAsync("Run with --help to see the options.");
            return BadArguments;
        }

        using var target = TargetDirectory.Open(arguments.Provider, arguments.Connection);
        if (await target.ProblemAsync(cancellationToken) is { } problem)
        {
            await errors.WriteLineAsync($"error: {problem}");
            return DatabaseUnusable;
        }

        var progress = new ImportProgress(errors, progressOnOneLine);
        using var feed = new FeedClient(NewHttpClient(arguments.Retries, progress), arguments.Feed);
        var summary = new ImportSummary();
        try
        {
            await feed.CheckVersionAsync(cancellationToken);
            var taxonomies = await feed.ReadTaxonomiesAsync(arguments.PerPage, cancellationToken);
            await using (var scope = target.CreateScope())
            {
                summary.Taxonomies = await scope.ServiceProvider.GetRequiredService<FeedTaxonomyImporter>().ImportAsync(taxonomies, arguments.DryRun, cancellationToken);
            }

            var importFeed = new ImportFeed(arguments.FeedName, ImportFeed.TermsOf(taxonomies), arguments.DryRun);
            await ImportServicesAsync(feed, target, importFeed, arguments.PerPage, summary, progress, cancellationToken);
        }
        catch (FeedUnreadableException exception)
        {
            progress.EndLine();
            await errors.WriteLineAsync($"error: {exception.Message}");
            if (summary.Read > 0)
            {
                summary.WriteTo(output, arguments.FeedName, arguments.DryRun, progress.Elapsed);
            }

            return FeedUnreadable;
        }

        progress.EndLine();
        summary.WriteTo(output, arguments.FeedName, arguments.DryRun, progress.Elapsed);
        return summary.Failed > 0 ? SomeRecordsFailed : Imported;
    }

    private static async Task ImportServicesAsync(
        FeedClient feed, TargetDirectory target, ImportFeed importFeed, int perPage, ImportSummary summary, ImportProgress progress, CancellationToken cancellationToken)
    {
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await feed.ReadServicesAsync(pageNumber, perPage, cancellationToken);
            summary.Pages = pageNumber;
            for (var i = 0; i < page.Items.Count; i++)
            {
                await ImportRecordAsync(feed, target, importFeed, page.Items[i], $"record {i + 1} of page {pageNumber}", summary, cancellationToken);
                progress.ServiceDone(summary.Read, page.TotalItems, pageNumber, page.TotalPages);
            }

            progress.PageDone(summary.Read, page.TotalItems, pageNumber, page.TotalPages);
            if (page.IsLast)
            {
                return;
            }
        }
    }

    /// <summary>One service: a record that cannot be read or saved is reported and skipped, never the end of the run.</summary>
    private static async Task ImportRecordAsync(
        FeedClient feed, TargetDirectory target, ImportFeed importFeed, JsonNode? item, string where, ImportSummary summary, CancellationToken cancellationToken)
    {
        if (item is not JsonObject listed || listed["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var idText) || !Guid.TryParse(idText, out var id))
        {
            summary.Fail(where, ["It has no UUID id, so it cannot be imported."]);
            return;
        }

        if (await feed.FullRecordAsync(listed, id, cancellationToken) is not { } record)
        {
            summary.Fail($"service {id}", [$"The feed lists it, but has no record of it at /services/{id} (404)."]);
            return;
        }

        var errors = new ValidationErrors();
        if (!EditingJson.TryRead<ServiceDocument>(record, out var document, errors))
        {
            summary.Fail($"service {id}", errors.ToDictionary().SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")));
            return;
        }

        await using var scope = target.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<FeedServiceImporter>().ImportAsync(document, importFeed, cancellationToken);
        summary.Add(id, outcome);
    }

    private static HttpClient NewHttpClient(int retries, ImportProgress progress)
    {
        var http = new HttpClient(new TransientRetryHandler(retries, AttemptTimeout, message => progress.Note($"retry: {message}")))
        {
            // Each attempt has its own timeout in the retry handler; the whole of a request's retries has none.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("neighbourhood-care-directory-import", "1.0"));
        return http;
    }
}
