using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Offers.Api.Data;
using Offers.Api.Offers;

namespace Offers.Api.DemoData;

/// <summary>
/// Loads the demo offers (<c>Seed:Path</c>) into an empty offers database at start, so a local run
/// has places to refer to. A database that already has offers is left alone.
/// </summary>
public static partial class DemoDataSeeder
{
    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var path = app.Configuration["Seed:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OffersDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<OffersDbContext>>();
        if (await db.Offers.AnyAsync())
        {
            LogAlreadySeeded(logger);
            return;
        }

        await using var file = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<OffersSeedDocument>(file, SeedJson)
            ?? throw new InvalidDataException($"{path} holds no offers.");

        var clock = app.Services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var shift = seed.AsOf is { } asOf ? new LondonCalendar(clock).Today().DayNumber - asOf.DayNumber : 0;
        db.Offers.AddRange(seed.Offers.Select(o => new Offer(
            o.Id, o.ServiceId, o.OrganizationId, o.Title, o.Summary, o.NelPriority, o.PlacesTotal,
            o.ValidFrom.AddDays(shift), o.ValidTo.AddDays(shift), now)));
        await db.SaveChangesAsync();
        LogSeeded(logger, seed.Offers.Count, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo offers from {Path}")]
    private static partial void LogSeeded(ILogger logger, int count, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The offers database already has offers; demo data not loaded")]
    private static partial void LogAlreadySeeded(ILogger logger);
}
