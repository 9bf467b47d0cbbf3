namespace Directory.Api.Search;

/// <summary>
/// Case-insensitive "contains" for SQL LIKE, written the same way for SQLite and PostgreSQL: the
/// column is lower-cased in SQL and the text here, and LIKE's wildcards in the text are escaped.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string text) =>
        "%" + text.ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
