namespace Launcher;

public static class RepositoryRoot
{
    /// <summary>The folder holding Platform.sln, found by walking up from where this assembly runs.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}: run the launcher from a clone of the repository.");
    }
}
