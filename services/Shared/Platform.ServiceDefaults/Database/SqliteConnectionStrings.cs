using Microsoft.Data.Sqlite;

namespace Platform.ServiceDefaults.Database;

internal static class SqliteConnectionStrings
{
    /// <summary>
    /// Microsoft.Data.Sqlite waits for a locked database for as long as the command timeout, so
    /// concurrent writers queue instead of failing with "database is locked".
    /// </summary>
    public static string WithBusyTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ConnectionString;
    }
}
