using System.Data.Common;
using Launcher;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EndToEnd.Tests;

/// <summary>
/// Reads a service's database directly, as an operator would when checking what a crash left behind.
/// The SQL is plain enough for both engines.
/// </summary>
internal static class PlatformDatabases
{
    /// <summary>A UUID as the engine stores it: EF Core keeps them as upper-case text on SQLite.</summary>
    public static object Id(this LocalPlatform platform, string component, Guid id) =>
        IsSqlite(platform.ConnectionStringFor(component)) ? id.ToString().ToUpperInvariant() : id;

    public static async Task<long> CountAsync(this LocalPlatform platform, string component, string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await platform.QueryAsync(component, sql, parameters))[0][0], System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<IReadOnlyList<object?[]>> QueryAsync(this LocalPlatform platform, string component, string sql, params (string Name, object Value)[] parameters)
    {
        var connectionString = platform.ConnectionStringFor(component);
        await using DbConnection connection = IsSqlite(connectionString)
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static bool IsSqlite(string connectionString) => connectionString.StartsWith("Data Source=", StringComparison.Ordinal);
}
