namespace DirectoryImport.Tests;

/// <summary>One run of the import command, in this process: its exit code, stdout and stderr.</summary>
public sealed record ImportRun(int ExitCode, string Output, string Errors)
{
    public static async Task<ImportRun> StartAsync(params IReadOnlyList<string> args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(args, output, errors, progressOnOneLine: false, CancellationToken.None);
        return new ImportRun(exitCode, output.ToString(), errors.ToString());
    }

    public ImportRun Expect(int exitCode)
    {
        Assert.True(exitCode == ExitCode, $"Expected exit code {exitCode}, got {ExitCode}.\nstdout:\n{Output}\nstderr:\n{Errors}");
        return this;
    }
}
