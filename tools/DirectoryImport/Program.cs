namespace DirectoryImport;

internal static class Program
{
    public static Task<int> Main(string[] args) =>
        ImportCommand.RunAsync(args, Console.Out, Console.Error, progressOnOneLine: !Console.IsErrorRedirected, CancellationToken.None);
}
