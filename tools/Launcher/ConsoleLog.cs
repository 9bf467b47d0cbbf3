namespace Launcher;

/// <summary>Writes every process's output to the console, each line prefixed with its name in its own colour.</summary>
internal static class ConsoleLog
{
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow];
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, ConsoleColor> Colours = [];

    public static void Write(string component, string line)
    {
        lock (Gate)
        {
            if (!Colours.TryGetValue(component, out var colour))
            {
                colour = Colours[component] = Palette[Colours.Count % Palette.Length];
            }

            Console.ForegroundColor = colour;
            Console.Write($"[{component,-12}] ");
            Console.ResetColor();
            Console.WriteLine(line);
        }
    }
}
