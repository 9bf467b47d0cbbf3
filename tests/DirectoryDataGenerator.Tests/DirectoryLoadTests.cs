using System.Text.Json.Nodes;
using Platform.Testing;

namespace DirectoryDataGenerator.Tests;

/// <summary>A generated file is a dataset the real Directory loads and serves.</summary>
public sealed class DirectoryLoadTests
{
    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.Postgres)]
    public async Task A_generated_file_of_300_services_loads_into_the_Directory(DatabaseEngine engine)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ncp-generator-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "directory-300.json");
        await File.WriteAllBytesAsync(file, Generated.Bytes(300, seed: 11));
        await using var database = await TestDatabase.CreateAsync(engine, "generated");
        var settings = database.SettingsFor("Directory");
        settings["Seed:Path"] = file;
        try
        {
            await using var host = new ServiceHost<global::Program>(settings);
            using var http = host.CreateHttpClient();

            var page = JsonNode.Parse(await http.GetStringAsync("/api/directory/services?per_page=50"))!;
            Assert.Equal(300, (int)page["total_items"]!);
            Assert.Equal(6, (int)page["total_pages"]!);

            var firstId = (string)JsonNode.Parse(await File.ReadAllTextAsync(file))!["services"]![0]!["id"]!;
            var record = JsonNode.Parse(await http.GetStringAsync($"/api/directory/services/{firstId}"))!;
            Assert.Equal(firstId, (string?)record["id"]);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
