using System.Text;

namespace Directory.Api.Geography;

/// <summary>
/// A small CSV file read whole: a header row naming the columns, then records. Fields may be quoted
/// (local authority names such as "Bournemouth, Christchurch and Poole" contain commas), with a
/// doubled quote for a quote; records never span lines in the files this reads.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(Dictionary<string, int> columns, List<string[]> rows)
    {
        _columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string path)
    {
        var lines = File.ReadLines(path).Where(line => line.Length > 0).Select(SplitFields).ToList();
        if (lines.Count == 0)
        {
            throw new InvalidDataException($"{path} is empty: it should start with a header row.");
        }

        var columns = lines[0].Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        var width = lines[0].Length;
        var rows = lines.Skip(1).ToList();
        var ragged = rows.FindIndex(row => row.Length != width);
        if (ragged >= 0)
        {
            throw new InvalidDataException($"{path} line {ragged + 2} has {rows[ragged].Length} fields, not {width}.");
        }

        return new CsvTable(columns, rows);
    }

    /// <summary>The index of a column by its header name; a file without it is the wrong file, so that fails loudly at load.</summary>
    public int Column(string name) =>
        _columns.TryGetValue(name, out var index) ? index : throw new InvalidDataException($"The file has no '{name}' column.");

    private static string[] SplitFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
