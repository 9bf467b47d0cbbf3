using System.Text.Json;
using Appointments.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Appointments.Api.DemoData;

/// <summary>
/// Loads demo slots into an empty database at start (from <c>Seed:Path</c>), so a local run has times
/// to book: the weekly templates become slots for the next four weeks. A database with slots is left alone.
/// </summary>
public static partial class DemoDataSeeder
{
    private static readonly JsonSerializerOptions SeedJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var path = app.Configuration["Seed:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppointmentsDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<AppointmentsDbContext>>();
        if (await db.Slots.AnyAsync())
        {
            LogAlreadySeeded(logger);
            return;
        }

        await using var file = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<AppointmentsSeedDocument>(file, SeedJson)
            ?? throw new InvalidDataException($"{path} holds no appointment templates.");

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var slots = SlotCalendar.SlotsFrom(now, seed.Templates).ToList();
        db.Slots.AddRange(slots);
        await db.SaveChangesAsync();
        LogSeeded(logger, slots.Count, seed.Templates.Count, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo slots from {Templates} weekly templates in {Path}")]
    private static partial void LogSeeded(ILogger logger, int count, int templates, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already has slots; demo data not loaded")]
    private static partial void LogAlreadySeeded(ILogger logger);
}
