using System.Text.Json.Nodes;

namespace DirectoryDataGenerator.Tests;

/// <summary>The generator's command line: its options, its errors (exit code 2) and what it prints.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ncp-generator-tests", Guid.NewGuid().ToString("N"));

    public CommandLineTests() => System.IO.Directory.CreateDirectory(_folder);

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public void It_writes_the_file_reports_progress_on_stderr_and_a_summary_on_stdout()
    {
        var file = Path.Combine(_folder, "directory.json");

        var (code, output, errors) = Run("--count", "1500", "--output", file, "--seed", "3");

        Assert.Equal(0, code);
        Assert.Equal(1500, JsonNode.Parse(File.ReadAllText(file))!["services"]!.AsArray().Count);
        Assert.Contains("1,500 / 1,500 services", errors, StringComparison.Ordinal);
        Assert.Contains("a second", errors, StringComparison.Ordinal);
        Assert.StartsWith("Wrote 1,500 services from ", output, StringComparison.Ordinal);
        Assert.Contains("seed 3", output, StringComparison.Ordinal);
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public void Indented_output_holds_the_same_data()
    {
        var compact = Path.Combine(_folder, "compact.json");
        var indented = Path.Combine(_folder, "indented.json");

        Assert.Equal(0, Run("--count", "20", "--output", compact).Code);
        Assert.Equal(0, Run("--count", "20", "--output", indented, "--indented").Code);

        Assert.True(new FileInfo(indented).Length > new FileInfo(compact).Length);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(compact)), JsonNode.Parse(File.ReadAllText(indented))));
    }

    [Fact]
    public void Help_describes_every_option_and_exits_0()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(0, code);
        Assert.All(["--count", "--output", "--seed", "--indented", "--help"], option => Assert.Contains(option, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--count is required.")]
    [InlineData("--output is required.", "--count", "10")]
    [InlineData("--count must be a whole number", "--count", "ten", "--output", "x.json")]
    [InlineData("--count must be a whole number", "--count", "0", "--output", "x.json")]
    [InlineData("--count must be a whole number", "--count", "-5", "--output", "x.json")]
    [InlineData("--count must be a whole number", "--count", "10000001", "--output", "x.json")]
    [InlineData("--count needs a number", "--count", "--output", "x.json")]
    [InlineData("--output needs a file name.", "--count", "10", "--output")]
    [InlineData("--seed must be a whole number", "--count", "10", "--output", "x.json", "--seed", "lucky")]
    [InlineData("Unknown option '--colour'.", "--count", "10", "--output", "x.json", "--colour")]
    [InlineData("does not exist", "--count", "10", "--output", "no-such-folder/x.json")]
    public void Bad_arguments_exit_with_code_2_and_say_what_is_wrong(string message, params string[] args)
    {
        var withFolder = args.Select(arg => arg.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_folder, arg) : arg).ToArray();

        var (code, output, errors) = Run(withFolder);

        Assert.Equal(2, code);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Contains("--help", errors, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(System.IO.Directory.GetFiles(_folder));
    }

    [Fact]
    public void An_output_that_is_a_folder_is_a_bad_argument()
    {
        var (code, _, errors) = Run("--count", "10", "--output", _folder);

        Assert.Equal(2, code);
        Assert.Contains("is a folder", errors, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = GeneratorCommand.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
