namespace Launcher;

/// <summary>The launcher's command line.</summary>
public sealed record LauncherArguments
{
    public const string Usage = """
        Usage: tools/run.sh [--postgres "<server connection string>"] [--data <folder>]

          (no options)          SQLite, one file per service under .data/ at the repository root
          --postgres <conn>     run on PostgreSQL: a database per service is created on this server
                                (e.g. "Host=127.0.0.1;Username=platform;Password=platform")
          --data <folder>       where the SQLite files go
          --help                this text
        """;

    public string? PostgresServer { get; init; }
    public string? DataFolder { get; init; }
    public bool ShowHelp { get; init; }
    public string? Error { get; init; }

    public static LauncherArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new LauncherArguments();
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            parsed = args[i] switch
            {
                "--help" or "-h" => parsed with { ShowHelp = true },
                "--postgres" => Value() is { Length: > 0 } server ? parsed with { PostgresServer = server } : parsed with { Error = "--postgres needs a connection string." },
                "--data" => Value() is { Length: > 0 } folder ? parsed with { DataFolder = Path.GetFullPath(folder) } : parsed with { Error = "--data needs a folder." },
                var unknown => parsed with { Error = $"Unknown option '{unknown}'." },
            };
        }

        return parsed;
    }
}
