using System.Globalization;

namespace DirectoryDataGenerator;

/// <summary>The generator's command line.</summary>
public sealed record GeneratorArguments
{
    public const int MaximumCount = 10_000_000;

    public const string Usage = """
        Usage: dotnet run --project tools/DirectoryDataGenerator -- --count <n> --output <file> [--seed <n>] [--indented]

        Writes a directory dataset in the demo data's format ({ "taxonomies": [...], "services": [...] }):
        the demo taxonomies, then <n> synthetic Open Referral UK 3.0 services with their organisations
        (about one for every ten services), locations near London postcode sector centroids, schedules,
        ages, channels, languages, costs and referral routes. The same seed always gives the same file.

          --count <n>      how many services to generate (1 to 10,000,000)
          --output <file>  where to write the JSON; its folder must exist, and an existing file is replaced
          --seed <n>       the random seed, a whole number (default 42)
          --indented       indent the JSON for reading (larger files)
          --help           this text

        Progress (services written, and the rate) goes to stderr; a summary goes to stdout.
        Exit codes: 0 written, 1 the file could not be written, 2 bad arguments.
        """;

    public int Count { get; init; }
    public string Output { get; init; } = "";
    public int Seed { get; init; } = 42;
    public bool Indented { get; init; }
    public bool ShowHelp { get; init; }
    public string? Error { get; init; }

    public static GeneratorArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new GeneratorArguments();
        int? count = null;
        string? output = null;
        for (var i = 0; i < args.Count && parsed.Error is null; i++)
        {
            var option = args[i];
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            switch (option)
            {
                case "--help" or "-h":
                    parsed = parsed with { ShowHelp = true };
                    break;
                case "--count":
                    var countText = Value();
                    if (countText is null)
                    {
                        parsed = parsed with { Error = "--count needs a number of services." };
                    }
                    else if (!int.TryParse(countText, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaximumCount)
                    {
                        parsed = parsed with { Error = $"--count must be a whole number from 1 to {MaximumCount:N0}, not '{countText}'." };
                    }
                    else
                    {
                        count = n;
                    }

                    break;
                case "--output":
                    output = Value();
                    if (string.IsNullOrWhiteSpace(output))
                    {
                        parsed = parsed with { Error = "--output needs a file name." };
                    }

                    break;
                case "--seed":
                    var seedText = Value();
                    parsed = seedText is not null && int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
                        ? parsed with { Seed = seed }
                        : parsed with { Error = $"--seed must be a whole number, not '{seedText ?? ""}'." };
                    break;
                case "--indented":
                    parsed = parsed with { Indented = true };
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

        if (count is null)
        {
            return parsed with { Error = "--count is required." };
        }

        if (output is null)
        {
            return parsed with { Error = "--output is required." };
        }

        var fullPath = Path.GetFullPath(output);
        var folder = Path.GetDirectoryName(fullPath);
        if (folder is not null && !System.IO.Directory.Exists(folder))
        {
            return parsed with { Error = $"The folder {folder} does not exist." };
        }

        if (System.IO.Directory.Exists(fullPath))
        {
            return parsed with { Error = $"{fullPath} is a folder; --output needs a file name." };
        }

        return parsed with { Count = count.Value, Output = fullPath };
    }
}
