using System.Text.Json;
using Directory.Api.Data;
using Directory.Api.OpenReferral;
using Directory.Api.OpenReferral.Documents;
using Microsoft.EntityFrameworkCore;

namespace Directory.Api.DemoData;

/// <summary>
/// Loads a demo dataset (ORUK documents) into an empty directory at start, so a local run has
/// something to find. A directory that already has services is left alone.
/// </summary>
public static partial class DemoDataSeeder
{
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var path = app.Configuration["Seed:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DirectoryDbContext>>();
        if (await db.Services.AnyAsync())
        {
            LogAlreadySeeded(logger);
            return;
        }

        await using var file = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<DirectorySeedDocument>(file, OpenReferralJson.Options)
            ?? throw new InvalidDataException($"{path} holds no directory dataset.");

        var reader = new ServiceDocumentReader();
        foreach (var taxonomy in seed.Taxonomies)
        {
            reader.Read(taxonomy);
        }

        var services = seed.Services.Select(reader.Read).ToList();
        db.Taxonomies.AddRange(reader.Taxonomies);
        db.Organizations.AddRange(reader.Organizations);
        db.Services.AddRange(services);
        await db.SaveChangesAsync();
        LogSeeded(logger, services.Count, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo services from {Path}")]
    private static partial void LogSeeded(ILogger logger, int count, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The directory already has services; demo data not loaded")]
    private static partial void LogAlreadySeeded(ILogger logger);
}
