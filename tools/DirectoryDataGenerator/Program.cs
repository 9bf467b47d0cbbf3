namespace DirectoryDataGenerator;

public static class Program
{
    public static int Main(string[] args) =>
        GeneratorCommand.Run(args, Console.Out, Console.Error, progressOnOneLine: !Console.IsErrorRedirected);
}
