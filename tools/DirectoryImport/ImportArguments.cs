using System.Globalization;
using Platform.ServiceDefaults.Database;

namespace DirectoryImport;

/// <summary>The import's command line.</summary>
public sealed record ImportArguments
{
    public const int DefaultPerPage = 100;
    public const int MaxPerPage = 1000;
    public const int DefaultRetries = 3;
    public const int MaxRetries = 10;

    public const string Usage = """
        Usage: dotnet run --project tools/DirectoryImport -- --feed <url> --database-provider Sqlite|Postgres --connection "<connection string>"
                          [--per-page <n>] [--retries <n>] [--dry-run]

        Federates another directory's Open Referral UK 3.0 feed into this Directory's database: checks that
        the feed's root says HSDS-UK-3.0, adds the taxonomies and terms it defines that the directory lacks,
        then pages through its services (full records where the feed gives them, else one by one) and
        upserts each by its id, with its provenance (the feed, its last_modified, when it was imported),
        a history row and a directory-service-changed event, as an edit in the Directory would. A record
        that says what is stored already changes nothing, so running it again reports 0 changed. A record
        that fails validation is reported and skipped. Services kept in this directory, or imported from
        another feed, are never overwritten.

          --feed <url>               the base URL of the ORUK 3.0 API (its root, GET <url>/, gives the version)
          --database-provider <p>    Sqlite or Postgres: the engine of the Directory's database
          --connection <string>      the Directory's connection string (ConnectionStrings:Directory); its
                                     schema must be migrated (the Directory's migrate command)
          --per-page <n>             services asked for per page, 1 to 1000 (default 100)
          --retries <n>              retries of a request that failed in passing (a dropped connection, a
                                     timeout, 408, 429, 5xx), with backoff, 0 to 10 (default 3)
          --dry-run                  check and compare everything, write nothing
          --help                     this text

        Progress goes to stderr (a bar on a terminal, a line per page otherwise); the summary to stdout.
        Exit codes: 0 imported; 1 the feed could not be read (unreachable, not ORUK 3.0, broken pages);
        2 bad arguments; 3 imported, but some records failed and were skipped; 4 the database could not be used.
        """;

    public Uri Feed { get; init; } = null!;
    public DatabaseProvider Provider { get; init; }
    public string Connection { get; init; } = "";
    public int PerPage { get; init; } = DefaultPerPage;
    public int Retries { get; init; } = DefaultRetries;
    public bool DryRun { get; init; }
    public bool ShowHelp { get; init; }
    public string? Error { get; init; }

    /// <summary>The feed as history and provenance name it: its URL without a trailing slash.</summary>
    public string FeedName => Feed.AbsoluteUri.TrimEnd('/');

    public static ImportArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new ImportArguments();
        string? feed = null;
        string? provider = null;
        string? connection = null;
        for (var i = 0; i < args.Count && parsed.Error is null; i++)
        {
            var option = args[i];
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            switch (option)
            {
                case "--help" or "-h":
                    parsed = parsed with { ShowHelp = true };
                    break;
                case "--feed":
                    feed = Value() ?? "";
                    break;
                case "--database-provider":
                    provider = Value() ?? "";
                    break;
                case "--connection":
                    connection = Value() ?? "";
                    break;
                case "--per-page":
                    parsed = WholeNumber(Value(), 1, MaxPerPage, out var perPage)
                        ? parsed with { PerPage = perPage }
                        : parsed with { Error = $"--per-page is a whole number from 1 to {MaxPerPage}." };
                    break;
                case "--retries":
                    parsed = WholeNumber(Value(), 0, MaxRetries, out var retries)
                        ? parsed with { Retries = retries }
                        : parsed with { Error = $"--retries is a whole number from 0 to {MaxRetries}." };
                    break;
                case "--dry-run":
                    parsed = parsed with { DryRun = true };
                    break;
                default:
                    parsed = parsed with { Error = $"Unknown option '{option}'." };
                    break;
            }
        }

        if (parsed.Error is not null || parsed.ShowHelp)
        {
            return parsed;
        }

        if (string.IsNullOrWhiteSpace(feed))
        {
            return parsed with { Error = "--feed is required: the base URL of an ORUK 3.0 API, for example https://borough.example/api." };
        }

        if (!Uri.TryCreate(feed, UriKind.Absolute, out var feedUri) || (feedUri.Scheme != Uri.UriSchemeHttp && feedUri.Scheme != Uri.UriSchemeHttps))
        {
            return parsed with { Error = $"--feed '{feed}' is not an http or https URL." };
        }

        if (!Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var databaseProvider) || !Enum.IsDefined(databaseProvider))
        {
            return parsed with { Error = "--database-provider is Sqlite or Postgres." };
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            return parsed with { Error = "--connection is required: the Directory database's connection string." };
        }

        return parsed with { Feed = feedUri, Provider = databaseProvider, Connection = connection };
    }

    private static bool WholeNumber(string? text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
