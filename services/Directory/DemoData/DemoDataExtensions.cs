namespace Directory.Api.DemoData;

public static class DemoDataExtensions
{
    /// <summary>Loads the file at <c>Seed:Path</c>, when it is set, into an empty directory at start.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var path = app.Configuration["Seed:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var seeder = new DemoDataSeeder(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<ILogger<DemoDataSeeder>>());
        await seeder.SeedAsync(path);
    }
}
